import type { SweepPoint } from '../../../../shared/cluster/recommend';
import { formatCount } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { formatDecimal, formatPercent } from './cluster-format';

/** The sweep's figures per k (the numbers behind the chart), the chosen and recommended k marked. */
export function SweepTable({ points, chosenK, recommendedK, onPick }: {
  points: readonly SweepPoint[];
  chosenK: number | null;
  recommendedK: number | null;
  onPick?: (k: number) => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <div className="sweep-scroll">
      <table className="table-recap sweep-table" data-testid="sweep-table">
        <thead>
          <tr>
            <th>k</th>
            <th>{t('cluster.index.inertia')} ↓</th>
            <th>{t('cluster.index.silhouette')} ↑</th>
            <th>{t('cluster.index.calinski')} ↑</th>
            <th>{t('cluster.index.davies')} ↓</th>
            <th title={t('cluster.sweep.smallestHint')}>{t('cluster.sweep.smallest')}</th>
            <th title={t('cluster.sweep.agreementHint')}>{t('cluster.sweep.agreement')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => {
            const chosen = p.k === chosenK;
            return (
              <tr
                key={p.k}
                className={`${chosen ? 'sweep-chosen' : ''} ${onPick ? 'sweep-pickable' : ''}`}
                data-testid="sweep-row"
                data-k={p.k}
                aria-selected={chosen}
                onClick={onPick ? () => onPick(p.k) : undefined}
              >
                <th className="recap-name">
                  {p.k}
                  {p.k === recommendedK && <span className="sweep-star" title={t('cluster.sweep.recommendedShort')}> ★</span>}
                </th>
                <td className="num">{formatCount(Math.round(p.inertia))}</td>
                <td className="num">{formatDecimal(p.silhouette, lang, 3)}</td>
                <td className="num">{formatCount(Math.round(p.calinski_harabasz))}</td>
                <td className="num">{formatDecimal(p.davies_bouldin, lang, 3)}</td>
                <td className="num">{formatPercent(p.smallest_share, lang)}</td>
                <td className="num">{formatDecimal(p.stability_ari, lang, 2)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { AreaTable } from '../../../../shared/cluster/profiles';
import { formatCount } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { clusterColor } from './cluster-colors';
import { clusterNumber, formatPercent } from './cluster-format';

/**
 * Businesses per kecamatan and cluster, with each cell's share of its kecamatan (rows add up to 100%);
 * the shading follows that share so an over-represented cluster stands out. `testIdPrefix` tells two
 * tables on one screen apart (the run's and another round's).
 */
export function KecamatanTable({ table, clusters, testIdPrefix = '' }: {
  table: AreaTable;
  clusters: ReadonlyArray<{ cluster: number; label: string }>;
  testIdPrefix?: string;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const grand = table.totals.reduce((a, b) => a + b, 0);
  return (
    <div className="recap-scroll">
      <table className="table-recap kecamatan-table" data-testid={`${testIdPrefix}kecamatan-table`}>
        <thead>
          <tr>
            <th>{t('cluster.kecamatan.area')}</th>
            {clusters.map((c) => (
              <th key={c.cluster} title={c.label}>
                <span className="cluster-chip" style={{ background: clusterColor(c.cluster) }} aria-hidden="true" />
                {t('cluster.profile.cluster', { n: clusterNumber(c.cluster) })}
              </th>
            ))}
            <th>{t('cluster.kecamatan.total')}</th>
          </tr>
        </thead>
        <tbody>
          {table.areas.map((area, r) => {
            const counts = table.counts[r] ?? [];
            const rowTotal = counts.reduce((a, b) => a + b, 0);
            return (
              <tr key={area.code || 'none'} data-testid={`${testIdPrefix}kecamatan-row`} data-code={area.code}>
                <th className="recap-name">{area.code ? area.name : t('cluster.kecamatan.none')}</th>
                {counts.map((count, j) => {
                  const share = rowTotal ? count / rowTotal : 0;
                  return (
                    <td key={j} className="num" style={{ background: `rgba(31, 95, 168, ${(share * 0.45).toFixed(3)})` }} data-value={count}>
                      {formatCount(count)} <span className="muted small">({formatPercent(share, lang)})</span>
                    </td>
                  );
                })}
                <td className="num">{formatCount(rowTotal)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('cluster.kecamatan.total')}</th>
            {table.totals.map((total, j) => (
              <td key={j} className="num">{formatCount(total)} <span className="small">({formatPercent(grand ? total / grand : 0, lang)})</span></td>
            ))}
            <td className="num">{formatCount(grand)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

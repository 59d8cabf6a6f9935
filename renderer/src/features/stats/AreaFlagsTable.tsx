import { useState } from 'react';
import type { AreaFlag } from '../../../../shared/stats/quality-rules';
import type { QualityReport } from '../../../../shared/stats/report-types';
import { describeAreaFlag } from '../../../../shared/stats/quality-sentences';
import type { Language } from '../../i18n/define-messages';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { formatCount, formatDecimal, formatMeasure, formatShare } from '../../components/format';

/** Up to this many flagged kelurahan are listed one by one in the alert. */
const KELURAHAN_LISTED = 3;

/** Why an area is flagged, in the UI language (written from the figures the services send). */
function areaMessage(area: AreaFlag, lang: Language): string {
  return area.reason ? describeAreaFlag(area.name, area.reason, lang) : (area.message ?? '');
}

function AreaRow({ area }: { area: AreaFlag }) {
  const t = useT();
  return (
    <tr className={area.flagged ? 'st-flagged' : undefined} data-testid="area-flag-row" data-code={area.code} data-flagged={area.flagged}>
      <th scope="row" className="recap-name">{area.name}</th>
      <td className="num">{formatCount(area.businesses)}</td>
      <td className="num">{formatMeasure(area.mean_omzet_bulanan, 'rupiah')}</td>
      <td className="num">{formatMeasure(area.median_omzet_bulanan, 'rupiah')}</td>
      <td className="num st-ratio">{area.ratio_mean === null ? '—' : `${formatDecimal(area.ratio_mean)}×`}</td>
      <td className="num st-ratio">{area.ratio_median === null ? '—' : `${formatDecimal(area.ratio_median)}×`}</td>
      <td className="num">{formatShare(area.share_of_total)}</td>
      <td>{area.flagged ? <span className="st-flag-tag">{t('stats.area.flagged')}</span> : <span className="muted">{t('stats.area.ok')}</span>}</td>
    </tr>
  );
}

/**
 * The area-level turnover check (the seed's Gadingrejo case): each area's turnover per business against
 * its neighbours'. Flagged areas come first in the services' answer and are announced above the table.
 */
export function AreaFlagsTable({ areas }: { areas: QualityReport['areas'] }) {
  const t = useT();
  const { lang } = useLanguage();
  const [level, setLevel] = useState<'kecamatan' | 'kelurahan'>('kecamatan');
  const flaggedKecamatan = areas.kecamatan.filter((a) => a.flagged);
  const flaggedKelurahan = areas.kelurahan.filter((a) => a.flagged);
  const total = flaggedKecamatan.length + flaggedKelurahan.length;
  // Kelurahan flags usually follow from their kecamatan's: a few are listed, many are summarised.
  const listKelurahan = flaggedKelurahan.length <= KELURAHAN_LISTED;
  const rows = areas[level];

  return (
    <div className="st-areas" data-testid="area-flags">
      {total > 0 ? (
        <div className="st-alert" role="alert" data-testid="area-flag-alert" data-count={total}>
          <strong>{t('stats.area.alertTitle')}</strong>
          <ul>
            {flaggedKecamatan.map((a) => (
              <li key={a.code} data-testid="area-flag-message" data-code={a.code}><strong>{t('stats.area.kecamatanOf', { name: a.name })}:</strong> {areaMessage(a, lang)}</li>
            ))}
            {listKelurahan
              ? flaggedKelurahan.map((a) => (
                  <li key={a.code} data-testid="area-flag-message" data-code={a.code}><strong>{t('stats.area.kelurahanOf', { name: a.name })}:</strong> {areaMessage(a, lang)}</li>
                ))
              : (
                  <li data-testid="area-flag-kelurahan-summary">
                    {t('stats.area.kelurahanSummary', { count: flaggedKelurahan.length, names: flaggedKelurahan.map((a) => a.name).join(', ') })}{' '}
                    <button type="button" className="st-link" onClick={() => setLevel('kelurahan')}>{t('stats.area.showKelurahan')}</button>
                  </li>
                )}
          </ul>
        </div>
      ) : (
        <p className="st-all-clear small" data-testid="area-flag-none">{t('stats.area.none')}</p>
      )}
      <div className="st-chart-head">
        <h3 className="subheading">{t('stats.area.title')}</h3>
        <div className="segmented" role="group">
          {(['kecamatan', 'kelurahan'] as const).map((l) => (
            <button key={l} type="button" className={`segmented-item${l === level ? ' segmented-item-active' : ''}`} aria-pressed={l === level} onClick={() => setLevel(l)} data-testid={`area-level-${l}`}>
              {t(`stats.by.${l}` as const)}
            </button>
          ))}
        </div>
      </div>
      <div className="st-area-scroll">
        <table className="table-recap st-area-table" data-testid="area-flag-table" data-level={level}>
          <thead>
            <tr>
              <th>{t(`stats.by.${level}` as const)}</th>
              <th className="num">{t('stats.col.count')}</th>
              <th className="num">{t('stats.area.mean')}</th>
              <th className="num">{t('stats.area.median')}</th>
              <th className="num">{t('stats.area.ratioMean')}</th>
              <th className="num">{t('stats.area.ratioMedian')}</th>
              <th className="num">{t('stats.area.share')}</th>
              <th>{t('stats.area.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => <AreaRow key={a.code} area={a} />)}
          </tbody>
        </table>
      </div>
      <p className="muted small st-note">{t('stats.area.note')}</p>
    </div>
  );
}

import type { LqTable as LqData } from '../../../../shared/stats/table-types';
import { useT } from '../../i18n/I18nProvider';
import { formatCount, formatDecimal, formatRupiah, formatShare } from '../../components/format';
import { isBasis, LQ_BINS, lqClassName } from './lq-scale';

export type LqMeasure = 'count' | 'workers';

/** LQ legend: one swatch per bin with its range, and what the ▲ mark means. */
export function LqLegend() {
  const t = useT();
  return (
    <div className="lq-legend small" data-testid="lq-legend">
      <span className="muted">{t('tables.lq.legend')}</span>
      {LQ_BINS.map((b) => (
        <span key={b.className} className={`lq-swatch ${b.className}`}>
          {b.from === null ? `≤ ${formatDecimal(b.to)}` : b.to === null ? `> ${formatDecimal(b.from)}` : `${formatDecimal(b.from)}–${formatDecimal(b.to)}`}
        </span>
      ))}
      <span><strong>▲</strong> {t('tables.lq.basisMark')}</span>
    </div>
  );
}

/**
 * The sector × area cross-table: per cell the location quotient (heat-coloured, always printed) and the
 * count or workers it rests on; per area the total, the dominant sector and the basis sectors.
 */
export function LqTable({ data, measure, sectorName }: { data: LqData; measure: LqMeasure; sectorName: (code: string, fallback: string) => string }) {
  const t = useT();
  const sectors = data.sectors.filter((s) => s.count > 0);
  const cells = new Map(data.rows.map((r) => [`${r.code}|${r.sector}`, r]));
  const totalOf = (s: { count: number; workers: number }) => (measure === 'count' ? s.count : s.workers);
  const grand = measure === 'count' ? data.total.count : data.total.workers;

  return (
    <div className="tb-scroll">
      <table className="tb-report lq-table" data-testid="lq-table" data-by={data.by} data-sector={data.sector_kind} data-measure={measure}>
        <thead>
          <tr>
            <th>{t(`tables.level.${data.by}` as const)}</th>
            {sectors.map((s) => <th key={s.code} className="lq-head">{sectorName(s.code, s.label)}</th>)}
            <th>{t(measure === 'count' ? 'tables.lq.totalCount' : 'tables.lq.totalWorkers')}</th>
            <th>{t('tables.lq.omzet')}</th>
            <th>{t('tables.lq.dominant')}</th>
          </tr>
        </thead>
        <tbody>
          {data.areas.map((area) => (
            <tr key={area.code} data-testid="lq-row" data-code={area.code}>
              <th scope="row" className="tb-uraian">
                {area.name}
                {data.by === 'kelurahan' && area.parent_name && <span className="muted small lq-parent">{area.parent_name}</span>}
              </th>
              {sectors.map((s) => {
                const cell = cells.get(`${area.code}|${s.code}`);
                const lq = cell ? (measure === 'count' ? cell.lq : cell.lq_workers) : null;
                const basis = isBasis(lq);
                return (
                  <td
                    key={s.code}
                    className={`num lq-cell ${lqClassName(lq)}${basis ? ' lq-basis' : ''}`}
                    data-testid="lq-cell"
                    data-sector={s.code}
                    data-lq={lq ?? ''}
                    title={t('tables.lq.cellTitle', { area: area.name, sector: sectorName(s.code, s.label), lq: formatDecimal(lq) })}
                  >
                    <span className="lq-value">{basis && <span aria-label={t('tables.lq.basisMark')}>▲ </span>}{formatDecimal(lq)}</span>
                    <span className="lq-count">{formatCount(cell ? (measure === 'count' ? cell.count : cell.workers) : 0)}</span>
                  </td>
                );
              })}
              <td className="num">{formatCount(measure === 'count' ? area.count : area.workers)}</td>
              <td className="num">{formatRupiah(area.omzet_tahunan)}</td>
              <td className="lq-dominant">{area.dominant_sector ? sectorName(area.dominant_sector, area.dominant_label ?? area.dominant_sector) : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="lq-total">
            <th scope="row" className="tb-uraian">{t('tables.lq.region')}</th>
            {sectors.map((s) => (
              <td key={s.code} className="num lq-cell">
                <span className="lq-value">{formatCount(totalOf(s))}</span>
                <span className="lq-count">{formatShare(grand > 0 ? totalOf(s) / grand : null)}</span>
              </td>
            ))}
            <td className="num">{formatCount(grand)}</td>
            <td className="num">{formatRupiah(data.total.omzet_tahunan)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

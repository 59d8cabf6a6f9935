import type { VerifikasiRow } from '../../../../shared/stats/table-types';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { describeLostReason, isLostReason } from '../review/reason-labels';
import type { AreaLevel } from './tables-types';

const COUNTS = ['belum_diverifikasi', 'temuan_lapangan', 'jumlah_rekap'] as const;

function Cells({ row, reasons }: { row: VerifikasiRow; reasons: string[] }) {
  return (
    <>
      <td className="num" data-testid="verif-data-awal" data-value={row.data_awal}>{formatCount(row.data_awal)}</td>
      <td className="num tb-valid" data-testid="verif-valid" data-value={row.valid}>{formatCount(row.valid)}</td>
      <td className="num tb-lost" data-testid="verif-hilang" data-value={row.hilang}>{formatCount(row.hilang)}</td>
      {reasons.map((r) => <td key={r} className="num tb-reason" data-reason={r}>{formatCount(row.hilang_by_reason[r] ?? 0)}</td>)}
      {COUNTS.map((key) => <td key={key} className={`num${key === 'jumlah_rekap' ? ' tb-strong' : ''}`} data-testid={`verif-${key}`} data-value={row[key]}>{formatCount(row[key])}</td>)}
    </>
  );
}

/**
 * Verification per area: Data Awal (the office's list), Data Hasil Valid, Data Hilang with each reason
 * that occurs, and what the Rekap counts (valid + not yet verified + field finds).
 */
export function VerifikasiTab({ roundId, by }: { roundId: number; by: AreaLevel }) {
  const t = useT();
  const { lang } = useLanguage();
  const query = useApiQuery('tables:verifikasi', { filter: { roundId }, by });
  const data = query.data;
  const reasons = data ? data.reasons.filter((r) => (data.total.hilang_by_reason[r.code] ?? 0) > 0) : [];
  const reasonLabel = (code: string, fallback: string) => (isLostReason(code) ? describeLostReason(code, lang) : code === 'ditandai_duplikat' ? t('tables.verif.markedDuplicate') : fallback);

  return (
    <section className="panel tb-panel" data-testid="verifikasi-panel" aria-busy={query.loading}>
      <div className="panel-body">
        <ErrorNotice error={query.error} onRetry={query.reload} testId="verifikasi-error" />
        {data && (
          <>
            <div className="tb-scroll">
              <table className="tb-report tb-verif" data-testid="verifikasi-table" data-by={data.by}>
                <thead>
                  <tr>
                    <th rowSpan={2}>{t(`tables.level.${data.by}` as const)}</th>
                    <th rowSpan={2}>{t('tables.verif.dataAwal')}</th>
                    <th rowSpan={2}>{t('tables.verif.valid')}</th>
                    <th colSpan={reasons.length + 1}>{t('tables.verif.hilang')}</th>
                    <th rowSpan={2}>{t('tables.verif.belum')}</th>
                    <th rowSpan={2}>{t('tables.verif.temuan')}</th>
                    <th rowSpan={2}>{t('tables.verif.rekap')}</th>
                  </tr>
                  <tr>
                    <th>{t('tables.verif.hilangTotal')}</th>
                    {reasons.map((r) => <th key={r.code} className="tb-reason-head">{reasonLabel(r.code, r.label)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.code || '-'} data-testid="verifikasi-row" data-code={row.code}>
                      <th scope="row" className="tb-uraian">{row.code ? row.name : t('tables.noArea')}</th>
                      <Cells row={row} reasons={reasons.map((r) => r.code)} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="verifikasi-total">
                    <th scope="row" className="tb-uraian">{t('tables.total')}</th>
                    <Cells row={data.total} reasons={reasons.map((r) => r.code)} />
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="muted small tb-note">{t('tables.verif.note')}</p>
          </>
        )}
      </div>
    </section>
  );
}

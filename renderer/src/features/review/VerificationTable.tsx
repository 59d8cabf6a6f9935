import { useEffect } from 'react';
import type { VerificationRow, VerificationSummary } from '../../../../shared/api/contract-data';
import { LOST_REASONS } from '../../../../shared/domain/verification';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { describeLostReason, isLostReason } from './reason-labels';

/** Reasons outside the seed's list (e.g. a lost row imported without a reason), kept visible. */
function otherReasons(total: VerificationRow): string[] {
  return Object.keys(total.hilang_per_alasan).filter((reason) => !isLostReason(reason));
}

const COUNT_COLUMNS = [
  ['data_awal', 'review.summary.data_awal'],
  ['valid', 'review.summary.valid'],
  ['hilang', 'review.summary.hilang'],
  ['belum_diverifikasi', 'review.summary.belum'],
  ['temuan_lapangan', 'review.summary.temuan'],
  ['duplikat', 'review.summary.duplikat'],
] as const;

function CountCells({ row }: { row: VerificationRow }) {
  return (
    <>
      {COUNT_COLUMNS.map(([key]) => (
        <td key={key} className={`num verif-${key}`} data-testid={`verif-${key}`} data-value={row[key]}>{formatCount(row[key])}</td>
      ))}
    </>
  );
}

/** Lost businesses: one row per reason that occurs, one column per kecamatan and the total. */
function LostReasonsTable({ summary, reasons, areaName }: {
  summary: VerificationSummary;
  reasons: string[];
  areaName: (row: VerificationRow) => string;
}) {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <table className="table-recap verif-reasons" data-testid="verification-reasons">
      <thead>
        <tr>
          <th>{t('review.reasons.reason')}</th>
          {summary.rows.map((row) => (
            <th key={row.code || '-'} className="num">{areaName(row)}</th>
          ))}
          <th className="num">{t('review.summary.total')}</th>
        </tr>
      </thead>
      <tbody>
        {reasons.map((reason) => {
          const total = summary.total.hilang_per_alasan[reason] ?? 0;
          return (
            <tr key={reason} data-testid="verif-reason" data-reason={reason} data-count={total}>
              <th scope="row" className="recap-name">{isLostReason(reason) ? describeLostReason(reason, lang) : t('review.reasons.other')}</th>
              {summary.rows.map((row) => (
                <td key={row.code || '-'} className="num">{formatCount(row.hilang_per_alasan[reason] ?? 0)}</td>
              ))}
              <td className="num verif-reason-total">{formatCount(total)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Data Awal / Data Hasil Valid / Data Hilang per kecamatan (seed 000:253-294), and the lost businesses
 * by reason. `version` changes after every edit elsewhere on the screen, which re-reads the table.
 */
export function VerificationTable({ roundId, version }: { roundId: number; version: number }) {
  const t = useT();
  const summary = useApiQuery('verification:summary', { roundId });
  const { reload } = summary;
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const data = summary.data;
  const areaName = (row: VerificationRow) => (row.code ? row.name : t('review.summary.none'));
  // Only the reasons that occur, in the seed's order; a table of zeros would push the queue off screen.
  const lostReasons = data ? [...LOST_REASONS, ...otherReasons(data.total)].filter((r) => (data.total.hilang_per_alasan[r] ?? 0) > 0) : [];

  return (
    <section className="panel verif-panel" data-testid="verification-panel" aria-busy={summary.loading}>
      <header className="panel-header">
        <h2 className="panel-title">{t('review.summary.title')}</h2>
      </header>
      <div className="panel-body">
        <ErrorNotice error={summary.error} onRetry={summary.reload} testId="verification-error" />
        {data && (
          <div className="verif-layout">
            <div className="verif-scroll">
              <table className="table-recap verif-table" data-testid="verification-table">
                <thead>
                  <tr>
                    <th>{t('review.summary.kecamatan')}</th>
                    {COUNT_COLUMNS.map(([key, label]) => (
                      <th key={key} className={`num verif-${key}`}>{t(label)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.code || '-'} data-testid="verif-row" data-code={row.code}>
                      <th scope="row" className="recap-name">{areaName(row)}</th>
                      <CountCells row={row} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="verif-total">
                    <th scope="row">{t('review.summary.total')}</th>
                    <CountCells row={data.total} />
                  </tr>
                </tfoot>
              </table>
              <p className="muted small verif-note">{t('review.summary.note')}</p>
            </div>
            <div className="verif-scroll">
              <h3 className="subheading verif-reasons-title">{t('review.reasons.title')}</h3>
              {lostReasons.length === 0 ? (
                <p className="muted" data-testid="verification-no-lost">{t('review.reasons.none')}</p>
              ) : (
                <LostReasonsTable summary={data} reasons={lostReasons} areaName={areaName} />
              )}
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

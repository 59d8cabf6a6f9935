import type { RekapLine } from '../../../../shared/stats/table-types';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatRupiah } from '../../components/format';
import { describeRekapNotes } from '../../../../shared/stats/rekap-notes';
import { useLanguage, useT, type Translate } from '../../i18n/I18nProvider';
import { describeLostReason } from '../review/reason-labels';
import type { AreaLevel } from './tables-types';

/** A sum; when some businesses lack the value the cell says how many (dotted underline, tooltip). */
function Sum({ value, missing, money, t, testId }: { value: number; missing: number; money: boolean; t: Translate; testId?: string }) {
  return (
    <td className={`num${missing > 0 ? ' has-missing' : ''}`} title={missing > 0 ? t('common.missing', { count: missing }) : undefined} data-testid={testId} data-value={value} data-missing={missing}>
      {money ? formatRupiah(value) : formatCount(value)}
    </td>
  );
}

function LineCells({ line, t }: { line: RekapLine; t: Translate }) {
  return (
    <>
      <td className="num" data-testid="rekap-jumlah" data-value={line.jumlah_data}>{formatCount(line.jumlah_data)}</td>
      <Sum value={line.modal} missing={line.missing.modal} money t={t} testId="rekap-modal" />
      <Sum value={line.aset} missing={line.missing.aset} money t={t} testId="rekap-aset" />
      <Sum value={line.omzet_bulan} missing={line.missing.omzet} money t={t} testId="rekap-omzet" />
      <Sum value={line.tenaga_kerja_l} missing={line.missing.tenaga_kerja_lp} money={false} t={t} testId="rekap-tkl" />
      <Sum value={line.tenaga_kerja_p} missing={line.missing.tenaga_kerja_lp} money={false} t={t} testId="rekap-tkp" />
    </>
  );
}

/**
 * The Rekap in the seed's exact layout (000:316-324): NO, URAIAN, JUMLAH DATA, MODAL, ASET, OMZET/BULAN
 * and JUMLAH TENAGA KERJA split L / P, one row per area and the total row. Headers are the report's
 * own (Indonesian in both UI languages), as the services send them.
 */
export function RekapTab({ roundId, by }: { roundId: number; by: AreaLevel }) {
  const t = useT();
  const { lang } = useLanguage();
  const query = useApiQuery('tables:rekap', { filter: { roundId }, by });
  const data = query.data;
  const label = (key: keyof RekapLine) => data?.columns.find((c) => c.key === key)?.label ?? key.toUpperCase();

  return (
    <section className="panel tb-panel" data-testid="rekap-panel" aria-busy={query.loading}>
      <div className="panel-body">
        <ErrorNotice error={query.error} onRetry={query.reload} testId="rekap-error" />
        {data && (
          <>
            <div className="tb-report-wrap">
              <div className="tb-report-title" data-testid="rekap-title">
                {data.title.map((line, i) => <div key={i}>{line}</div>)}
              </div>
              <div className="tb-scroll">
                <table className="tb-report" data-testid="rekap-table" data-by={data.by}>
                  <thead>
                    <tr>
                      <th rowSpan={2} className="tb-no">{label('no')}</th>
                      <th rowSpan={2}>{label('uraian')}</th>
                      <th rowSpan={2}>{label('jumlah_data')}</th>
                      <th rowSpan={2}>{label('modal')}</th>
                      <th rowSpan={2}>{label('aset')}</th>
                      <th rowSpan={2}>{label('omzet_bulan')}</th>
                      <th colSpan={2}>{t('tables.rekap.workers')}</th>
                    </tr>
                    <tr>
                      <th>{label('tenaga_kerja_l')}</th>
                      <th>{label('tenaga_kerja_p')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((line) => (
                      <tr key={line.code || '-'} data-testid="rekap-row" data-code={line.code}>
                        <td className="tb-no">{line.no ?? ''}</td>
                        <th scope="row" className="tb-uraian">{line.uraian}</th>
                        <LineCells line={line} t={t} />
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr data-testid="rekap-total">
                      <td className="tb-no" />
                      <th scope="row" className="tb-uraian">{data.total.uraian}</th>
                      <LineCells line={data.total} t={t} />
                    </tr>
                  </tfoot>
                </table>
              </div>
            </div>
            <ul className="tb-notes muted small" data-testid="rekap-notes">
              {describeRekapNotes(data.note_facts, lang, (reason) => describeLostReason(reason, lang)).map((note, i) => <li key={i}>{note}</li>)}
              <li>{t('tables.rekap.source')}</li>
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

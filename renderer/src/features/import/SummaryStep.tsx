import type { ImportSummary } from '../../../../shared/api/contract-import';
import { formatCount } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { describeIssue, describeSkip, severityOfIssue, sortIssueCounts } from './issue-labels';

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Step 5: what the import did — rows read, businesses imported, rows skipped and why, problems by code —
 * each problem with a link to the Data table filtered to the businesses that have it.
 */
export function SummaryStep({ summary, roundName, onShowIssue, onOpenData, onReview, onAnother }: {
  summary: ImportSummary;
  roundName: string;
  /** Opens Data filtered by a problem code ('*' = any problem). */
  onShowIssue: (code: string) => void;
  onOpenData: () => void;
  onReview: () => void;
  onAnother: () => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const skipped = Object.entries(summary.skipped).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const issues = sortIssueCounts(summary.issues).filter(([, n]) => n > 0);
  const duplicates = summary.issues.kemungkinan_duplikat ?? 0;

  return (
    <div className="import-summary" data-testid="import-summary" data-round-id={summary.round_id}>
      <p className="import-summary-round">{t('import.summary.round', { name: roundName })}</p>
      <dl className="import-stats">
        <div className="import-stat">
          <dt>{t('import.summary.rowsRead')}</dt>
          <dd data-testid="summary-rows-read" data-value={summary.rows_read}>{formatCount(summary.rows_read)}</dd>
        </div>
        <div className="import-stat import-stat-main">
          <dt>{t('import.summary.imported')}</dt>
          <dd data-testid="summary-imported" data-value={summary.businesses_imported}>{formatCount(summary.businesses_imported)}</dd>
        </div>
        <div className="import-stat">
          <dt>{t('import.summary.skipped')}</dt>
          <dd data-testid="summary-skipped" data-value={sum(summary.skipped)}>{formatCount(sum(summary.skipped))}</dd>
        </div>
      </dl>

      {summary.notes && summary.notes.length > 0 && (
        <div className="notice notice-info import-notes" data-testid="summary-notes">
          <strong>{t('import.summary.notes')}</strong>
          <ul>
            {summary.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="import-summary-grid">
        <section>
          <h3 className="subheading">{t('import.summary.skippedTitle')}</h3>
          {skipped.length === 0 ? (
            <p className="muted">{t('import.summary.noSkipped')}</p>
          ) : (
            <table className="table-plain">
              <tbody>
                {skipped.map(([reason, n]) => (
                  <tr key={reason} data-testid="summary-skip" data-reason={reason} data-count={n}>
                    <td>{describeSkip(reason, lang)}</td>
                    <td className="num">{formatCount(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section>
          <h3 className="subheading">{t('import.summary.issuesTitle')}</h3>
          {issues.length === 0 ? (
            <p className="muted">{t('import.summary.noIssues')}</p>
          ) : (
            <table className="table-plain">
              <thead>
                <tr>
                  <th>{t('import.summary.issueCol')}</th>
                  <th className="num">{t('import.summary.countCol')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {issues.map(([code, n]) => {
                  const severity = severityOfIssue(code) ?? 'info';
                  return (
                    <tr key={code} data-testid="summary-issue" data-code={code} data-count={n}>
                      <td>
                        <span className={`severity-dot severity-${severity}`} title={t(`import.severity.${severity}` as const)} />
                        {describeIssue(code, lang)}
                      </td>
                      <td className="num">{formatCount(n)}</td>
                      <td>
                        <button type="button" className="link-button" onClick={() => onShowIssue(code)} data-testid="summary-issue-link">
                          {t('import.summary.show')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <div className="import-actions">
        <button type="button" className="button button-primary" onClick={onOpenData} data-testid="summary-open-data">
          {t('import.summary.openData')}
        </button>
        {issues.length > 0 && (
          <button type="button" className="button" onClick={() => onShowIssue('*')} data-testid="summary-show-all-issues">
            {t('import.summary.showAll')}
          </button>
        )}
        {duplicates > 0 && (
          <button type="button" className="button" onClick={onReview} data-testid="summary-review">
            {t('import.summary.review')}
          </button>
        )}
        <button type="button" className="button" onClick={onAnother} data-testid="summary-another">
          {t('import.summary.another')}
        </button>
      </div>
    </div>
  );
}

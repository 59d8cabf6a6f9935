import type { FacetValue } from '../../../../shared/api/contract-data';
import { formatCount } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { describeIssue } from './issue-labels';

/**
 * The Data screen's "Masalah" filter: any problem, or one problem code from the `issues` facet, with
 * how many businesses have it. A code asked for by a link (import summary) is listed even before the
 * facets have arrived, so the select never shows a value it does not have.
 */
export function IssueFilter({ issues, value, onChange }: { issues: FacetValue[]; value: string; onChange: (code: string) => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const listed = value !== '' && value !== '*' && !issues.some((i) => i.code === value);
  return (
    <label className="filter">
      <span>{t('review.filter.issue')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="filter-issue">
        <option value="">{t('common.all')}</option>
        <option value="*">{t('review.filter.anyIssue')}</option>
        {listed && <option value={value}>{describeIssue(value, lang)}</option>}
        {issues.map((issue) => (
          <option key={issue.code} value={issue.code}>{`${describeIssue(issue.code, lang)} (${formatCount(issue.count)})`}</option>
        ))}
      </select>
    </label>
  );
}

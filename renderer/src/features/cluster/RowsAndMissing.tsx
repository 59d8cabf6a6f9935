import type { FeatureOverview } from '../../../../shared/api/contract-cluster';
import type { Facets } from '../../../../shared/api/contract-data';
import type { MissingReport } from '../../../../shared/cluster/missing';
import { IMPUTE_GROUPS, type ImputeGroup } from '../../../../shared/cluster/missing';
import { SECTORS, type Sector } from '../../../../shared/domain/business';
import { formatCount } from '../../components/format';
import { useT } from '../../i18n/I18nProvider';
import { droppedBounds, type MissingChoice, type RowChoice } from './cluster-config';

/** What the chosen missing-value policy does, in numbers: bounds before a sweep, the exact report after one. */
function MissingSummary({ rows, selected, missing, report }: {
  rows: number;
  selected: readonly FeatureOverview[];
  missing: MissingChoice;
  report: MissingReport | null;
}) {
  const t = useT();
  const counts = selected.map((f) => f.missing);
  const totalMissing = counts.reduce((a, b) => a + b, 0);
  let text: string;
  if (report && report.mode === missing.mode) {
    text = report.mode === 'drop'
      ? t('cluster.missing.droppedExact', { dropped: report.dropped, used: report.rows_used })
      : t('cluster.missing.imputedExact', { count: Object.values(report.imputed).reduce((a, b) => a + b, 0), used: report.rows_used });
  } else if (totalMissing === 0) {
    text = t('cluster.missing.noneMissing');
  } else if (missing.mode === 'drop') {
    const { low, high } = droppedBounds(counts, rows);
    text = low === high
      ? t('cluster.missing.dropExact', { count: low, used: rows - low })
      : t('cluster.missing.dropRange', { low, high });
  } else {
    text = t('cluster.missing.imputeCount', { count: totalMissing });
  }
  return (
    <p className="missing-summary small" data-testid="cluster-missing-summary" data-exact={report ? 'true' : 'false'}>
      {text}
    </p>
  );
}

/** Which businesses are clustered (kecamatan, sector; the round is chosen above) and how missing values are handled. */
export function RowsAndMissing({ facets, rowsChoice, onRows, rows, selected, missing, onMissing, report }: {
  facets: Facets | null;
  rowsChoice: RowChoice;
  onRows: (next: RowChoice) => void;
  /** Businesses the filter matches. */
  rows: number | null;
  selected: readonly FeatureOverview[];
  missing: MissingChoice;
  onMissing: (next: MissingChoice) => void;
  /** The exact figures of the latest sweep on the same settings, when there is one. */
  report: MissingReport | null;
}) {
  const t = useT();
  const isSector = (v: string): v is Sector => (SECTORS as readonly string[]).includes(v);
  return (
    <div className="rows-missing">
      <div className="filters">
        <label className="filter">
          <span>{t('cluster.rows.kecamatan')}</span>
          <select value={rowsChoice.kecamatan} onChange={(e) => onRows({ ...rowsChoice, kecamatan: e.target.value })} data-testid="cluster-filter-kecamatan">
            <option value="">{t('common.all')}</option>
            {(facets?.kecamatan ?? []).map((k) => (
              <option key={k.code} value={k.code}>{`${k.name} (${formatCount(k.count)})`}</option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('cluster.rows.sector')}</span>
          <select value={rowsChoice.sector} onChange={(e) => onRows({ ...rowsChoice, sector: isSector(e.target.value) ? e.target.value : '' })} data-testid="cluster-filter-sector">
            <option value="">{t('common.all')}</option>
            {SECTORS.map((s) => <option key={s} value={s}>{t(`data.sector.${s}`)}</option>)}
          </select>
        </label>
        <p className="rows-count" data-testid="cluster-rows" data-rows={rows ?? ''}>
          {rows === null ? t('app.loading') : t('cluster.rows.count', { count: rows })}
        </p>
      </div>
      <fieldset className="missing-choice">
        <legend className="field-label">{t('cluster.missing.title')}</legend>
        <label className="check-inline">
          <input type="radio" name="cluster-missing" checked={missing.mode === 'drop'} onChange={() => onMissing({ ...missing, mode: 'drop' })} data-testid="cluster-missing-drop" />
          <span>{t('cluster.missing.drop')}</span>
        </label>
        <label className="check-inline">
          <input type="radio" name="cluster-missing" checked={missing.mode === 'impute'} onChange={() => onMissing({ ...missing, mode: 'impute' })} data-testid="cluster-missing-impute" />
          <span>{t('cluster.missing.impute')}</span>
        </label>
        <select
          value={missing.group}
          disabled={missing.mode !== 'impute'}
          onChange={(e) => onMissing({ ...missing, group: e.target.value as ImputeGroup })}
          aria-label={t('cluster.missing.group')}
          data-testid="cluster-impute-group"
        >
          {IMPUTE_GROUPS.map((g) => <option key={g} value={g}>{t(`cluster.missing.group.${g}`)}</option>)}
        </select>
      </fieldset>
      {rows !== null && <MissingSummary rows={rows} selected={selected} missing={missing} report={report} />}
    </div>
  );
}

import type { InspectResult, PreviewCell } from '../../../../shared/api/contract-import';
import { SECTORS, TURNOVER_PERIODS, type Sector, type TurnoverPeriod } from '../../../../shared/domain/business';
import { FIELD_KEYS, FIELD_LABELS, type ColumnMapping, type FieldKey } from '../../../../shared/domain/fields';
import { isBlankRow, isTotalsRow, mergeSubHeader } from '../../../../shared/parse/detect-header';
import { formatRupiah } from '../../components/format';
import { useLanguage, useT, type Translate } from '../../i18n/I18nProvider';
import { assignColumn, fieldsByColumn, isFieldKey, previewCellOf, turnoverPeriodOf } from './column-mapping';
import { describeIssue } from './issue-labels';

/** Preview rows shown beside the mapping (the inspector may send more). */
const PREVIEW_ROWS = 5;
const MONEY_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(['omzet_tahunan', 'omzet_bulanan', 'aset', 'modal']);

/** A read value as the user should see it: money as Rupiah, a sector by its name, the rest as text. */
function formatValue(value: PreviewCell['value'], field: FieldKey | null, t: Translate): string {
  if (value === null) return '—';
  if (typeof value === 'number' && field !== null && MONEY_FIELDS.has(field)) return formatRupiah(value);
  if (field === 'bidang_usaha' && typeof value === 'string' && (SECTORS as readonly string[]).includes(value)) {
    return t(`data.sector.${value as Sector}` as const);
  }
  return String(value);
}

function PreviewCellView({ cell, field }: { cell: PreviewCell | null; field: FieldKey | null }) {
  const { lang } = useLanguage();
  const t = useT();
  if (cell === null) return <td className="preview-cell muted">{field === null ? '' : '—'}</td>;
  const shown = formatValue(cell.value, field, t);
  const changed = field !== null && shown !== cell.raw.trim();
  // The inspector sends either a problem code or a sentence; a code is put in words.
  const issue = cell.issue === null ? null : /\s/.test(cell.issue) ? cell.issue : describeIssue(cell.issue, lang);
  return (
    <td
      className={`preview-cell${issue ? ' preview-issue' : ''}${field === null ? ' preview-unmapped' : ''}`}
      title={issue ?? undefined}
      data-testid="preview-cell"
      data-issue={cell.issue ?? undefined}
    >
      <span className="preview-raw">{cell.raw === '' ? '∅' : cell.raw}</span>
      {field === null ? null : changed && <span className="preview-value">→ {shown}</span>}
      {issue && <span className="preview-issue-text">{issue}</span>}
      {field === null && cell.raw !== '' && <span className="sr-only">{t('import.mapping.unmappedCell')}</span>}
    </td>
  );
}

/** Chooses the period of a single turnover column; explains why it cannot when there are none or two. */
function PeriodChoice({ mapping, assumed, busy, onChange }: {
  mapping: ColumnMapping;
  /** The importer assumed the period (the header does not say it): ask the user to confirm. */
  assumed: boolean;
  busy: boolean;
  onChange: (p: TurnoverPeriod) => void;
}) {
  const t = useT();
  const current = turnoverPeriodOf(mapping);
  const disabled = busy || current === null || current === 'both';
  const ask = assumed && current !== null && current !== 'both';
  return (
    <fieldset className={`import-period${ask ? ' import-period-ask' : ''}`} data-testid="import-period" data-period={current ?? ''} data-assumed={ask}>
      <legend className="field-label">{t('import.period.title')}</legend>
      <div className="segmented" role="radiogroup">
        {TURNOVER_PERIODS.map((p) => (
          <label key={p} className={`segmented-item${current === p ? ' segmented-item-active' : ''}`} data-testid={`import-period-${p}`} data-checked={current === p}>
            <input type="radio" className="sr-only" name="turnover-period" value={p} checked={current === p} disabled={disabled} onChange={() => onChange(p)} />
            {t(`import.period.${p}` as const)}
          </label>
        ))}
      </div>
      <span className={ask ? 'field-hint import-warning' : 'field-hint'}>
        {ask ? t('import.period.assumed') : current === 'both' ? t('import.period.both') : current === null ? t('import.period.noColumn') : t('import.period.hint')}
      </span>
    </fieldset>
  );
}

/**
 * Step 3: each column of the file with the field it feeds, and the first rows as they were read
 * (raw → value; problems in red). Changing a field re-reads the preview.
 */
export function MappingStep({ inspection, mapping, periodAssumed, busy, onMapping, onPeriod }: {
  inspection: InspectResult;
  mapping: ColumnMapping;
  periodAssumed: boolean;
  busy: boolean;
  onMapping: (mapping: ColumnMapping) => void;
  onPeriod: (period: TurnoverPeriod) => void;
}) {
  const t = useT();
  const headers = inspection.headers;
  const fields = fieldsByColumn(mapping, headers.length);
  const preview = inspection.preview.slice(0, PREVIEW_ROWS);
  const mappedCount = fields.filter((f) => f !== null).length;
  const hasName = mapping.nama_pelaku !== undefined || mapping.nama_usaha !== undefined;
  const headerText = (c: number) => headers[c]?.trim() || t('import.mapping.emptyHeader');
  // Unmapped columns are not read by the inspector; their raw text comes from the sheet's non-blank rows
  // under the header, so the user sees what a column holds before choosing its field.
  // Skipped exactly as the inspector skips them: a sub-header row (`L` | `P`), blank rows, a totals row.
  const headerRow = inspection.raw_rows[inspection.header_row] ?? [];
  const subHeader = mergeSubHeader(headerRow, inspection.raw_rows[inspection.header_row + 1]) !== null;
  const rawBelow = inspection.raw_rows
    .slice(inspection.header_row + (subHeader ? 2 : 1))
    .filter((row) => !isBlankRow(row) && !isTotalsRow(row));
  const cellAt = (row: Record<string, PreviewCell>, i: number, c: number, field: FieldKey | null): PreviewCell | null => {
    const read = previewCellOf(row, field, headers[c] ?? '');
    if (read !== null || field !== null) return read;
    const raw = rawBelow[i]?.[c];
    return raw === undefined ? null : { raw, value: null, issue: null };
  };

  return (
    <div className="import-mapping" data-testid="import-step-mapping" aria-busy={busy}>
      <div className="import-mapping-bar">
        <p className="muted small import-mapping-source">
          {t(`import.mapping.${inspection.mapping_source}` as const)} {t('import.mapping.hint')}
        </p>
        <PeriodChoice mapping={mapping} assumed={periodAssumed} busy={busy} onChange={onPeriod} />
      </div>
      <div className="import-mapping-status small">
        <span data-testid="import-mapped-count" data-count={mappedCount}>{t('import.mapping.count', { mapped: mappedCount, total: headers.length })}</span>
        {!hasName && <span className="import-warning" data-testid="import-no-name">{t('import.mapping.noName')}</span>}
        {busy && <span className="muted">{t('import.mapping.updating')}</span>}
      </div>
      <div className="import-mapping-scroll">
        <table className="import-mapping-table">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>{t('import.mapping.source')}</th>
              <th>{t('import.mapping.field')}</th>
              {preview.map((_, i) => (
                <th key={i}>{t('import.mapping.previewRow', { n: i + 1 })}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {headers.map((header, c) => {
              const field = fields[c] ?? null;
              return (
                <tr key={c} className={field === null ? 'map-row map-row-unmapped' : 'map-row'} data-testid="map-row" data-column={c} data-header={header} data-field={field ?? ''}>
                  <td className="num muted">{c + 1}</td>
                  <th scope="row" className="map-header">{headerText(c)}</th>
                  <td>
                    <select
                      value={field ?? ''}
                      disabled={busy}
                      aria-label={headerText(c)}
                      onChange={(e) => onMapping(assignColumn(mapping, c, isFieldKey(e.target.value) ? e.target.value : null))}
                      data-testid="map-select"
                    >
                      <option value="">{t('import.mapping.none')}</option>
                      {FIELD_KEYS.map((key) => {
                        const takenBy = mapping[key];
                        const taken = takenBy !== undefined && takenBy !== c;
                        return (
                          <option key={key} value={key}>
                            {taken ? t('import.mapping.taken', { field: FIELD_LABELS[key], column: headerText(takenBy) }) : FIELD_LABELS[key]}
                          </option>
                        );
                      })}
                    </select>
                  </td>
                  {preview.map((row, i) => (
                    <PreviewCellView key={i} cell={cellAt(row, i, c, field)} field={field} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import type { InspectResult } from '../../../../shared/api/contract-import';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/I18nProvider';

/** Characters of a raw cell shown before it is cut (the full text is in the tooltip). */
const CELL_CHARS = 40;

function shorten(text: string): string {
  return text.length > CELL_CHARS ? `${text.slice(0, CELL_CHARS - 1)}…` : text;
}

/**
 * Step 2: the sheet (XLSX) and the header row. The first rows of the sheet are shown as they are; the
 * detected header row is marked and any other row can be clicked to become the header.
 */
export function TableStep({ inspection, busy, onSheet, onHeaderRow }: {
  inspection: InspectResult;
  busy: boolean;
  onSheet: (sheet: string) => void;
  onHeaderRow: (row: number) => void;
}) {
  const t = useT();
  const rows = inspection.raw_rows;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);

  return (
    <div className="import-table-step" data-testid="import-step-table">
      <div className="import-row-controls">
        {inspection.sheets.length > 1 && (
          <Field label={t('import.table.sheet')}>
            <select value={inspection.sheet ?? ''} disabled={busy} onChange={(e) => onSheet(e.target.value)} data-testid="import-sheet-select">
              {inspection.sheets.map((name) => (
                <option key={name} value={name}>{name}</option>
              ))}
            </select>
          </Field>
        )}
        <div className="import-header-row" data-testid="import-header-row" data-row={inspection.header_row}>
          {t('import.table.headerRow', { row: inspection.header_row + 1 })}
        </div>
      </div>
      <p className="muted small">{t('import.table.headerHint')}</p>
      <div className="import-raw-scroll">
        <table className="import-raw" aria-busy={busy}>
          <tbody>
            {rows.map((row, index) => {
              const isHeader = index === inspection.header_row;
              return (
                <tr
                  key={index}
                  className={isHeader ? 'import-raw-header' : index < inspection.header_row ? 'import-raw-above' : undefined}
                  onClick={() => !busy && !isHeader && onHeaderRow(index)}
                  onKeyDown={(e) => {
                    if (!busy && !isHeader && (e.key === 'Enter' || e.key === ' ')) {
                      e.preventDefault();
                      onHeaderRow(index);
                    }
                  }}
                  tabIndex={isHeader ? -1 : 0}
                  title={isHeader ? undefined : t('import.table.useRow')}
                  aria-selected={isHeader}
                  data-testid="import-raw-row"
                  data-row={index}
                  data-header={isHeader ? 'true' : undefined}
                >
                  <th scope="row" className="import-raw-num">{index + 1}</th>
                  {Array.from({ length: width }, (_, c) => {
                    const text = row[c] ?? '';
                    return (
                      <td key={c} title={text.length > CELL_CHARS ? text : undefined}>{shorten(text)}</td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

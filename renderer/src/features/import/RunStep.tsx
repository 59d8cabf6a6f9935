import type { FormEvent } from 'react';
import type { InspectResult } from '../../../../shared/api/contract-import';
import type { JobProgress } from '../../../../shared/api/events';
import type { ColumnMapping } from '../../../../shared/domain/fields';
import { Field } from '../../components/Field';
import type { MessageKey } from '../../i18n/dictionaries';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { countPreviewIssues, fieldsByColumn } from './column-mapping';

/**
 * The importer names its phases in Indonesian (services/import/execute-import.ts); they are looked up
 * here so the English UI can translate them. An unknown phase is shown as the importer named it.
 */
const PHASE_LABELS: Record<string, MessageKey> = {
  'membaca berkas': 'import.phase.read',
  'mengimpor baris': 'import.phase.rows',
  menyimpan: 'import.phase.save',
  'menyusun indeks': 'import.phase.index',
};

function describePhase(phase: string, t: Translate): string {
  const key = PHASE_LABELS[phase.toLowerCase()];
  return key ? t(key) : phase;
}

/** The progress bar of a running import: determinate when the importer knows the total. */
function ImportProgress({ progress, cancelling, onCancel }: { progress: JobProgress | null; cancelling: boolean; onCancel: () => void }) {
  const t = useT();
  const total = progress?.total ?? null;
  const done = progress?.done ?? 0;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="import-progress" data-testid="import-progress" data-phase={progress?.phase ?? ''} data-done={done} data-total={total ?? ''}>
      <div className="import-progress-label">
        <strong>{progress ? describePhase(progress.phase, t) : t('import.run.running')}</strong>
        <span className="muted">
          {progress && (total !== null ? t('import.run.progress', { done, total }) : done > 0 ? t('import.run.progressNoTotal', { done }) : '')}
          {percent !== null && ` (${percent}%)`}
        </span>
      </div>
      <progress className="import-progress-bar" max={100} value={percent ?? undefined} aria-label={t('import.run.running')} />
      <button type="button" className="button" onClick={onCancel} disabled={cancelling} data-testid="import-cancel">
        {cancelling ? t('import.run.cancelling') : t('import.run.cancel')}
      </button>
    </div>
  );
}

/** Step 4: the round's name, a last check of what will be imported, then the import with progress and cancel. */
export function RunStep({ inspection, mapping, fileName, roundName, onRoundName, running, cancelling, progress, onStart, onCancel }: {
  inspection: InspectResult;
  mapping: ColumnMapping;
  fileName: string;
  roundName: string;
  onRoundName: (name: string) => void;
  running: boolean;
  cancelling: boolean;
  progress: JobProgress | null;
  onStart: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const fields = fieldsByColumn(mapping, inspection.headers.length);
  const unmapped = inspection.headers.filter((h, c) => fields[c] === null && h.trim() !== '');
  const previewIssues = countPreviewIssues(inspection.preview);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!running && roundName.trim()) onStart();
  }

  return (
    <form className="import-run form" onSubmit={submit} data-testid="import-step-run">
      <Field label={t('import.run.roundName')} hint={t('import.run.roundHint')}>
        <input value={roundName} onChange={(e) => onRoundName(e.target.value)} maxLength={200} required disabled={running} data-testid="import-round-name" />
      </Field>
      <div>
        <h3 className="subheading">{t('import.run.check')}</h3>
        <ul className="import-checklist" data-testid="import-checklist">
          <li>
            {inspection.sheet === null
              ? t('import.run.checkFile', { name: fileName, row: inspection.header_row + 1 })
              : t('import.run.checkSheet', { name: fileName, sheet: inspection.sheet, row: inspection.header_row + 1 })}
          </li>
          <li>{t('import.run.checkMapped', { count: fields.filter((f) => f !== null).length })}</li>
          {unmapped.length > 0 && <li>{t('import.run.checkUnmapped', { columns: unmapped.join(', ') })}</li>}
          {previewIssues > 0 && <li className="import-warning">{t('import.run.checkPreview', { count: previewIssues, rows: inspection.preview.length })}</li>}
          {(inspection.notes ?? []).map((note) => (
            <li key={note} className="import-warning" data-testid="import-note">{note}</li>
          ))}
        </ul>
      </div>
      {running ? (
        <ImportProgress progress={progress} cancelling={cancelling} onCancel={onCancel} />
      ) : (
        <button type="submit" className="button button-primary" disabled={!roundName.trim()} data-testid="import-start">
          {t('import.run.start')}
        </button>
      )}
    </form>
  );
}

import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ChoosePathButton } from '../../components/ChoosePathButton';
import type { FileSource } from '../../../../shared/api/contract-import';
import type { ApiError } from '../../../../shared/api/result';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/I18nProvider';
import { MAX_UPLOAD_BYTES, readFileAsBase64 } from './read-file';

/**
 * Step 1: the file. A file chosen with the picker is sent as base64 (the browser mode cannot read
 * paths); a typed path is read by the services directly, which suits very large files.
 */
export function FileStep({ busy, onChosen, onLocalError }: {
  busy: boolean;
  onChosen: (source: FileSource, fileName: string) => void;
  onLocalError: (error: ApiError) => void;
}) {
  const t = useT();
  const [path, setPath] = useState('');
  const [reading, setReading] = useState(false);

  async function chooseUpload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      onLocalError({ code: 'BAD_FILE', message: t('import.file.tooLarge', { name: file.name, size: Math.round(file.size / 1048576) }) });
      return;
    }
    setReading(true);
    try {
      const base64 = await readFileAsBase64(file);
      onChosen({ kind: 'upload', name: file.name, base64 }, file.name);
    } catch {
      onLocalError({ code: 'BAD_FILE', message: t('import.file.unreadable', { name: file.name }) });
    } finally {
      setReading(false);
    }
  }

  function submitPath(event: FormEvent) {
    event.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) return;
    onChosen({ kind: 'path', path: trimmed }, trimmed.split(/[\\/]/).pop() ?? trimmed);
  }

  const disabled = busy || reading;
  return (
    <div className="import-file" data-testid="import-step-file">
      <label className="import-drop">
        <span className="field-label">{t('import.file.upload')}</span>
        <input
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={disabled}
          onChange={(e) => void chooseUpload(e)}
          data-testid="import-file-input"
        />
        <span className="field-hint">{t('import.file.uploadHint')}</span>
      </label>
      <div className="import-or muted">{t('import.file.or')}</div>
      <form className="form form-inline import-path" onSubmit={submitPath}>
        <Field label={t('import.file.path')} hint={t('import.file.pathHint')}>
          <input value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} disabled={disabled} data-testid="import-path-input" />
          <ChoosePathButton kind="open" extensions={['csv', 'xlsx', 'txt']} defaultPath={path} onChoose={setPath} testId="import-path-choose" />
        </Field>
        <button type="submit" className="button" disabled={disabled || !path.trim()} data-testid="import-path-submit">
          {t('import.file.pathSubmit')}
        </button>
      </form>
      {(busy || reading) && <p className="muted" data-testid="import-reading">{t('import.reading')}</p>}
    </div>
  );
}

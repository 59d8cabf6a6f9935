import { useState } from 'react';
import { ChoosePathButton } from '../../components/ChoosePathButton';
import type { ExportTableKey } from '../../../../shared/api/contract-stats';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';
import { useApiQuery } from '../../api/useApiQuery';
import { useProject } from '../../app/ProjectContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/I18nProvider';
import { ExportResult, type SavedExport } from './ExportResult';
import { joinPath, separatorOf, slugify, splitFolder } from './export-paths';
import { EXPORT_TABLE_KEYS } from './tables-types';

type Action = 'tables-xlsx' | 'tables-csv' | 'records-xlsx' | 'records-csv';

/**
 * Export: the tables to one XLSX workbook (a sheet each) or CSV, and the records with NIK, No. KK and
 * phone masked unless "sertakan data pribadi" is ticked. The services write the file into the chosen
 * folder of the computer that runs them (their exports folder by default); the saved path is shown and,
 * in the browser mode, the file is downloaded.
 */
export function ExportTab({ roundId }: { roundId: number }) {
  const t = useT();
  const api = useApi();
  const { project, mode } = useProject();
  const round = project?.rounds.find((r) => r.id === roundId);
  // The exports folder comes with app:info; until it arrives (or if it is missing) the project's folder.
  const info = useApiQuery('app:info', {});
  const exportsDir = info.data?.exports_dir ?? null;
  const defaultFolder = exportsDir ?? splitFolder(project?.path ?? '').folder;
  const [edited, setEdited] = useState<string | null>(null);
  const folder = edited ?? defaultFolder;
  const separator = separatorOf(folder);
  const [base, setBase] = useState(() => slugify(round?.name ?? project?.name ?? ''));
  const [tables, setTables] = useState<Set<ExportTableKey>>(() => new Set(EXPORT_TABLE_KEYS));
  const [reveal, setReveal] = useState(false);
  const [busy, setBusy] = useState<Action | null>(null);
  const [saved, setSaved] = useState<SavedExport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  function toggle(key: ExportTableKey) {
    setTables((old) => {
      const next = new Set(old);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  async function run(action: Action) {
    const [what, ext] = action.split('-') as ['tables' | 'records', 'xlsx' | 'csv'];
    const name = what === 'tables' ? `${base}-tabel.${ext}` : `${base}-data-usaha${reveal ? '-TIDAK-DISAMARKAN' : ''}.${ext}`;
    const path = joinPath(folder.trim(), name, separator);
    setBusy(action);
    setError(null);
    setSaved(null);
    try {
      if (what === 'tables') {
        const result = await api.invoke('export:tables', { filter: { roundId }, path, tables: EXPORT_TABLE_KEYS.filter((k) => tables.has(k)) });
        if (result.ok) setSaved({ kind: 'tables', data: result.data });
        else setError(result.error);
      } else {
        const result = await api.invoke('export:records', { filter: { roundId }, path, reveal });
        if (result.ok) setSaved({ kind: 'records', data: result.data });
        else setError(result.error);
      }
    } finally {
      setBusy(null);
    }
  }

  const disabled = busy !== null || info.loading || folder.trim() === '' || base.trim() === '';
  return (
    <section className="panel tb-panel" data-testid="export-panel" aria-busy={busy !== null}>
      <div className="panel-body tb-export">
        <div className="tb-export-target">
          <label className="field">
            <span className="field-label">{t('tables.export.folder')}</span>
            <input value={folder} onChange={(e) => setEdited(e.target.value)} className="path" data-testid="export-folder" />
          </label>
          <ChoosePathButton
            kind="save"
            defaultPath={joinPath(folder.trim(), base, separator)}
            onChoose={(chosen) => {
              const parts = splitFolder(chosen);
              setEdited(parts.folder);
              setBase(parts.name.replace(/\.[^.]*$/, ''));
            }}
            testId="export-choose"
          />
          <label className="field">
            <span className="field-label">{t('tables.export.base')}</span>
            <input value={base} onChange={(e) => setBase(e.target.value.replace(/[\\/:*?"<>|]/g, '-'))} data-testid="export-base" />
          </label>
          {mode === 'browser' && <p className="muted small tb-export-mode" data-testid="export-browser-note">{t('tables.export.browserNote')}</p>}
        </div>
        <div className="tb-export-grid">
          <fieldset className="tb-export-box">
            <legend>{t('tables.export.tablesTitle')}</legend>
            <div className="tb-export-checks">
              {EXPORT_TABLE_KEYS.map((key) => (
                <label key={key} className="tb-check">
                  <input type="checkbox" checked={tables.has(key)} onChange={() => toggle(key)} data-testid={`export-table-${key}`} />
                  {t(`tables.export.t.${key}` as const)}
                </label>
              ))}
            </div>
            <p className="muted small">{t('tables.export.tablesNote')}</p>
            <div className="tb-export-actions">
              <button type="button" className="button button-primary" disabled={disabled || tables.size === 0} onClick={() => void run('tables-xlsx')} data-testid="export-tables-xlsx">
                {busy === 'tables-xlsx' ? t('tables.export.working') : t('tables.export.xlsx')}
              </button>
              <button type="button" className="button" disabled={disabled || tables.size === 0} onClick={() => void run('tables-csv')} data-testid="export-tables-csv">
                {busy === 'tables-csv' ? t('tables.export.working') : t('tables.export.csv')}
              </button>
            </div>
          </fieldset>
          <fieldset className="tb-export-box">
            <legend>{t('tables.export.recordsTitle')}</legend>
            <p className="small">{t('tables.export.recordsNote')}</p>
            <label className="tb-check tb-reveal">
              <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} data-testid="export-reveal" />
              {t('tables.export.reveal')}
            </label>
            {reveal && <p className="tb-warning" role="alert" data-testid="export-reveal-warning">{t('tables.export.revealWarning')}</p>}
            <div className="tb-export-actions">
              <button type="button" className="button" disabled={disabled} onClick={() => void run('records-xlsx')} data-testid="export-records-xlsx">
                {busy === 'records-xlsx' ? t('tables.export.working') : t('tables.export.recordsXlsx')}
              </button>
              <button type="button" className="button" disabled={disabled} onClick={() => void run('records-csv')} data-testid="export-records-csv">
                {busy === 'records-csv' ? t('tables.export.working') : t('tables.export.recordsCsv')}
              </button>
            </div>
          </fieldset>
        </div>
        <ErrorNotice error={error} testId="export-error" />
        {saved && <ExportResult saved={saved} exportsDir={exportsDir} browser={mode === 'browser'} />}
      </div>
    </section>
  );
}

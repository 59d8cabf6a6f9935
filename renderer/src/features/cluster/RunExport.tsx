import { useEffect, useRef, useState } from 'react';
import type { ClusterExportResult, ClusterRunDetail } from '../../../../shared/api/contract-cluster';
import { useApi } from '../../api/ApiContext';
import { readBrowserToken } from '../../api/client';
import { useApiQuery } from '../../api/useApiQuery';
import { useJob } from '../../api/useJob';
import { useProject } from '../../app/ProjectContext';
import { useT } from '../../i18n/I18nProvider';
import { formatBytes, joinPath, sameFolder, separatorOf, slugify, splitFolder } from '../tables/export-paths';
import { JobProgressBar } from './JobProgressBar';
import { JobOutcome } from './SweepPanel';
import './run-export.css';

type Format = 'xlsx' | 'csv';

/** The browser mode serves only the exports folder (`/api/files/<name>?token=…`); null when the file is elsewhere. */
function downloadUrl(path: string, exportsDir: string | null): string | null {
  if (exportsDir === null) return null;
  const { folder, name } = splitFolder(path);
  if (!sameFolder(folder, exportsDir)) return null;
  return `/api/files/${encodeURIComponent(name)}?token=${encodeURIComponent(readBrowserToken())}`;
}

/** Where the export went; in the browser mode its download starts at once, with a link to start it again. */
function Saved({ saved, exportsDir, browser }: { saved: ClusterExportResult; exportsDir: string | null; browser: boolean }) {
  const t = useT();
  const link = useRef<HTMLAnchorElement>(null);
  const href = browser ? downloadUrl(saved.path, exportsDir) : null;
  const name = splitFolder(saved.path).name;
  useEffect(() => {
    if (href) link.current?.click();
  }, [href]);
  const parts = [formatBytes(saved.bytes), ...(saved.format === 'xlsx' ? [t('cluster.export.sheets', { count: saved.sheets.length })] : []), t('cluster.export.rows', { count: saved.rows })];
  return (
    <div className="run-export-saved" role="status" data-testid="run-export-result" data-path={saved.path} data-format={saved.format} data-rows={saved.rows}>
      <span><strong>{t('cluster.export.saved')}</strong> <span className="path">{saved.path}</span> <span className="muted small">({parts.join(', ')})</span></span>
      {href && (
        <a ref={link} className="button button-small" href={href} download={name} data-testid="run-export-download">
          {t('cluster.export.download', { name })}
        </a>
      )}
      {browser && !href && <span className="small" data-testid="run-export-outside">{t('cluster.export.noDownload')}</span>}
    </div>
  );
}

/**
 * "Ekspor XLSX" / "Ekspor CSV" of a saved run, as the Rekap export does it: in the desktop app the save
 * dialog asks where (starting in the exports folder); in the browser mode the services write into their
 * exports folder and the file is downloaded. The export runs as a job (progress, cancel).
 */
export function RunExport({ run }: { run: ClusterRunDetail }) {
  const t = useT();
  const api = useApi();
  const { project, mode } = useProject();
  const info = useApiQuery('app:info', {});
  const exportsDir = info.data?.exports_dir ?? null;
  const job = useJob('cluster:export', { idPrefix: 'ekspor-klaster' });
  const [saved, setSaved] = useState<ClusterExportResult | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);

  async function exportAs(format: Format) {
    const folder = exportsDir ?? splitFolder(project?.path ?? '').folder;
    let path: string | null = joinPath(folder, `${slugify(run.name)}-klaster-${run.run_id}.${format}`, separatorOf(folder));
    setSaved(null);
    job.clearError();
    if (mode === 'electron') {
      const chosen = await api.invoke('dialog:choosePath', { kind: 'save', title: t('cluster.export.dialogTitle'), defaultPath: path, extensions: [format] });
      path = chosen.ok ? chosen.data.path : null;
      if (path === null) return;
    }
    setBusy(format);
    try {
      const result = await job.start({ runId: run.run_id, path });
      if (result) setSaved(result);
    } finally {
      setBusy(null);
    }
  }

  const disabled = busy !== null || info.loading;
  const progress = job.progress && { ...job.progress, phase: t('cluster.export.phase') };
  return (
    <div className="run-export" data-testid="run-export">
      <div className="run-export-row">
        <button type="button" className="button button-primary" disabled={disabled} onClick={() => void exportAs('xlsx')} data-testid="run-export-xlsx">
          {t('cluster.export.xlsx')}
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => void exportAs('csv')} data-testid="run-export-csv">
          {t('cluster.export.csv')}
        </button>
        <span className="small muted">{t('cluster.export.hint')}</span>
      </div>
      {job.running && <JobProgressBar progress={progress} cancelling={job.cancelling} onCancel={() => void job.cancel()} testId="run-export-progress" />}
      <JobOutcome error={job.error} testId="run-export" />
      {saved && <Saved saved={saved} exportsDir={exportsDir} browser={mode === 'browser'} />}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import type { RecordsExportResult, TablesExportResult } from '../../../../shared/stats/report-types';
import { readBrowserToken } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';
import { formatBytes, sameFolder, splitFolder } from './export-paths';

export type SavedExport = { kind: 'tables'; data: TablesExportResult } | { kind: 'records'; data: RecordsExportResult };

/**
 * The browser mode serves only the exports folder, at `/api/files/<name>?token=…` (a link cannot send
 * the token header). Null when the file cannot be downloaded that way.
 */
function downloadUrl(path: string, exportsDir: string | null, browser: boolean): string | null {
  if (!browser || exportsDir === null) return null;
  const { folder, name } = splitFolder(path);
  if (!sameFolder(folder, exportsDir)) return null;
  return `/api/files/${encodeURIComponent(name)}?token=${encodeURIComponent(readBrowserToken())}`;
}

/**
 * Where the export was saved, and in the browser mode its download: started at once, with a link to
 * start it again. A file saved outside the exports folder stays on the services' computer.
 */
export function ExportResult({ saved, exportsDir, browser }: { saved: SavedExport; exportsDir: string | null; browser: boolean }) {
  const t = useT();
  const link = useRef<HTMLAnchorElement>(null);
  const href = downloadUrl(saved.data.path, exportsDir, browser);
  const name = splitFolder(saved.data.path).name;

  useEffect(() => {
    if (href) link.current?.click();
  }, [href]);

  return (
    <div className="tb-saved" role="status" data-testid="export-result" data-path={saved.data.path} data-format={saved.data.format} data-kind={saved.kind} data-bytes={saved.data.bytes}>
      <div>
        <strong>{t('tables.export.saved')}</strong> <span className="path">{saved.data.path}</span>
        <span className="muted small">
          {' '}({formatBytes(saved.data.bytes)}
          {saved.kind === 'tables'
            ? `, ${t('tables.export.sheets', { count: saved.data.sheets.length })}`
            : `, ${t('tables.export.rows', { count: saved.data.rows })}, ${t(saved.data.masked ? 'tables.export.masked' : 'tables.export.unmasked')}`})
        </span>
      </div>
      {href && (
        <a ref={link} className="button button-small tb-download" href={href} download={name} data-testid="export-download">
          {t('tables.export.download', { name })}
        </a>
      )}
      {browser && !href && <p className="small tb-outside" data-testid="export-outside">{t('tables.export.outside')}</p>}
    </div>
  );
}

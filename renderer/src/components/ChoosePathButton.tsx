import { useApi } from '../api/ApiContext';
import { useProject } from '../app/ProjectContext';
import { useT } from '../i18n/I18nProvider';

/**
 * "Pilih…" beside a path field: opens the computer's file dialog through the desktop shell. Rendered
 * only in the desktop app; in the browser mode paths are typed and files uploaded/downloaded.
 */
export function ChoosePathButton({ kind, extensions, defaultPath, onChoose, testId }: {
  kind: 'open' | 'save';
  extensions?: string[];
  defaultPath?: string;
  onChoose: (path: string) => void;
  testId?: string;
}) {
  const api = useApi();
  const { mode } = useProject();
  const t = useT();
  if (mode !== 'electron') return null;
  async function choose() {
    const r = await api.invoke('dialog:choosePath', { kind, extensions, defaultPath: defaultPath || undefined });
    if (r.ok && r.data.path) onChoose(r.data.path);
  }
  return (
    <button type="button" className="button button-secondary" onClick={() => void choose()} data-testid={testId}>
      {t('common.choosePath')}
    </button>
  );
}

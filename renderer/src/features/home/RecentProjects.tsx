import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { formatDateTime } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';

/**
 * The recently opened project files, newest first; a file that no longer exists cannot be opened.
 * The parent re-mounts it (new `key`) after an open or create, which re-reads the list.
 */
export function RecentProjects({ busy, onOpen }: { busy: boolean; onOpen: (path: string) => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const recent = useApiQuery('projects:recent', {});

  return (
    <Panel title={t('home.recent.title')} testId="recent-panel">
      <ErrorNotice error={recent.error} onRetry={recent.reload} />
      {recent.data && recent.data.length === 0 && <p className="muted">{t('home.recent.none')}</p>}
      {recent.data && recent.data.length > 0 && (
        <ul className="recent-list">
          {recent.data.map((item) => (
            <li key={item.path} className="recent-item" data-testid="recent-item">
              <div className="recent-text">
                <div className="recent-name">{item.name}</div>
                <div className="path muted">{item.path}</div>
                <div className="muted small">
                  {item.exists ? t('home.recent.openedAt', { date: formatDateTime(item.opened_at, lang) }) : t('home.recent.missing')}
                </div>
              </div>
              <button type="button" className="button button-small" disabled={busy || !item.exists} onClick={() => onOpen(item.path)} data-testid="recent-open">
                {t('home.recent.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

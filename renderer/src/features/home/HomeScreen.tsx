import { useState } from 'react';
import type { ProjectInfo } from '../../../../shared/api/contract-projects';
import type { ApiError, Result } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';
import { useProject } from '../../app/ProjectContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/I18nProvider';
import { CurrentProject } from './CurrentProject';
import { ProjectForms } from './ProjectForms';
import { RecentProjects } from './RecentProjects';

/** Beranda: the open project, ways to open another, and the demo. */
export function HomeScreen() {
  const t = useT();
  const api = useApi();
  const { project, adoptProject } = useProject();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [recentVersion, setRecentVersion] = useState(0);

  /** Runs one create/open call; the recent list is re-read afterwards because opening changes it. */
  async function run(call: () => Promise<Result<ProjectInfo>>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const result = adoptProject(await call());
    setBusy(false);
    setRecentVersion((n) => n + 1);
    if (!result.ok) setError(result.error);
    return result.ok;
  }

  return (
    <div className="home">
      <header className="screen-header">
        <h1>{t('home.title')}</h1>
        <p className="muted">{t('home.intro')}</p>
      </header>
      <ErrorNotice error={error} testId="home-error" />
      {busy && <p className="muted" data-testid="home-busy">{t('home.busy')}</p>}
      <div className="home-grid">
        <div className="home-column">
          <CurrentProject project={project} />
          <RecentProjects
            key={recentVersion}
            busy={busy}
            onOpen={(path) => void run(() => api.invoke('projects:open', { path }))}
          />
        </div>
        <div className="home-column">
          <section className="panel panel-accent" data-testid="demo-panel">
            <div className="panel-body">
              <h2 className="panel-title">{t('home.demo.title')}</h2>
              <p className="muted">{t('home.demo.text')}</p>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void run(() => api.invoke('projects:openDemo', {}))}
                data-testid="open-demo"
              >
                {t('home.demo.submit')}
              </button>
            </div>
          </section>
          <ProjectForms
            busy={busy}
            onCreate={(path, name) => run(() => api.invoke('projects:create', { path, name }))}
            onOpen={(path) => run(() => api.invoke('projects:open', { path }))}
          />
        </div>
      </div>
    </div>
  );
}

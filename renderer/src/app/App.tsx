import { useState } from 'react';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { LANGUAGES, type Language } from '../i18n/define-messages';
import { ErrorNotice } from '../components/ErrorNotice';
import { useProject } from './ProjectContext';
import { NavigationContext } from './navigation';
import { SCREENS } from './screens';

const LANGUAGE_NAMES: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

/** The shell: navigation on the left, the synthetic-data banner and the current screen on the right. */
export function App() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const { project, startupError, version } = useProject();
  const [screenId, setScreenId] = useState(SCREENS[0]!.id);

  const screen = SCREENS.find((s) => s.id === screenId) ?? SCREENS[0]!;
  const blocked = screen.requiresProject && !project;
  const Screen = screen.Component;

  return (
    <NavigationContext.Provider value={setScreenId}>
      <div className="app">
        <nav className="sidebar" aria-label={t('app.title')}>
          <div className="brand">
            <div className="brand-name">{t('app.title')}</div>
            <div className="brand-sub">{t('app.subtitle')}</div>
          </div>
          <ul className="nav-list">
            {SCREENS.map((s) => {
              const disabled = s.requiresProject && !project;
              return (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`nav-item${s.id === screen.id ? ' nav-item-active' : ''}`}
                    aria-current={s.id === screen.id ? 'page' : undefined}
                    disabled={disabled}
                    title={disabled ? t('app.needsProject') : undefined}
                    onClick={() => setScreenId(s.id)}
                    data-testid={`nav-${s.id}`}
                  >
                    {t(s.label)}
                  </button>
                </li>
              );
            })}
          </ul>
          <div className="sidebar-footer">
            <div className="sidebar-project" data-testid="sidebar-project">
              {project ? project.name : t('app.noProject')}
            </div>
            <label className="language-switch">
              <span>{t('app.language')}</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as Language)} data-testid="language-select">
                {LANGUAGES.map((l) => (
                  <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>
                ))}
              </select>
            </label>
            {version && <div className="sidebar-version">v{version}</div>}
          </div>
        </nav>
        <main className="main">
          {project?.synthetic && (
            <div className="banner-synthetic" role="status" data-testid="synthetic-banner">
              {t('app.syntheticBanner')}
            </div>
          )}
          <ErrorNotice error={startupError} testId="startup-error" />
          <div className="screen" data-testid={`screen-${screen.id}`}>
            {blocked ? <p className="muted">{t('app.needsProject')}</p> : <Screen />}
          </div>
        </main>
      </div>
    </NavigationContext.Provider>
  );
}

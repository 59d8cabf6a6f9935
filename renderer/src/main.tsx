import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { ApiProvider } from './api/ApiContext';
import { I18nProvider } from './i18n/I18nProvider';
import { ProjectProvider } from './app/ProjectContext';
import { App } from './app/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Elemen #root tidak ditemukan');

createRoot(root).render(
  <StrictMode>
    <ApiProvider client={createApiClient()}>
      <I18nProvider>
        <ProjectProvider>
          <App />
        </ProjectProvider>
      </I18nProvider>
    </ApiProvider>
  </StrictMode>,
);

import type { ProjectInfo } from '../../../../shared/api/contract-projects';
import { Panel } from '../../components/Panel';
import { formatCount, formatDateTime } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';

/** The open project's name, file and survey rounds. */
export function CurrentProject({ project }: { project: ProjectInfo | null }) {
  const t = useT();
  const { lang } = useLanguage();
  return (
    <Panel title={t('home.current')} testId="current-project" className="home-current">
      {!project ? (
        <p className="muted" data-testid="no-project">{t('home.current.none')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('home.current.name')}</dt>
            <dd data-testid="project-name">{project.name}</dd>
            <dt>{t('home.current.path')}</dt>
            <dd className="path" data-testid="project-path">{project.path}</dd>
          </dl>
          <h3 className="subheading">{t('home.current.rounds')}</h3>
          {project.rounds.length === 0 ? (
            <p className="muted">{t('home.current.noRounds')}</p>
          ) : (
            <table className="table-plain" data-testid="project-rounds">
              <thead>
                <tr>
                  <th>{t('home.rounds.name')}</th>
                  <th>{t('home.rounds.year')}</th>
                  <th className="num">{t('home.rounds.count')}</th>
                  <th>{t('home.rounds.created')}</th>
                </tr>
              </thead>
              <tbody>
                {project.rounds.map((round) => (
                  <tr key={round.id} data-testid="project-round">
                    <td>{round.name}</td>
                    <td>{round.year ?? '—'}</td>
                    <td className="num">{formatCount(round.business_count)}</td>
                    <td>{formatDateTime(round.created_at, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Panel>
  );
}

import { useProject } from '../../app/ProjectContext';
import { useT } from '../../i18n/I18nProvider';

/** The round chooser shared by the analysis screens' toolbars. */
export function RoundSelect({ testId }: { testId: string }) {
  const t = useT();
  const { project, roundId, setRoundId } = useProject();
  if (!project || roundId === null) return null;
  return (
    <label className="filter filter-inline">
      <span>{t('data.round')}</span>
      <select value={roundId} onChange={(e) => setRoundId(Number(e.target.value))} data-testid={testId}>
        {project.rounds.map((round) => <option key={round.id} value={round.id}>{round.name}</option>)}
      </select>
    </label>
  );
}

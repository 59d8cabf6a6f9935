import { useProject } from '../../app/ProjectContext';
import { useT } from '../../i18n/I18nProvider';
import { GroupStatsPanel } from './GroupStatsPanel';
import { QualityPanel } from './QualityPanel';
import { RoundSelect } from './RoundSelect';
import '../classify/classify.css';
import './stats.css';

/**
 * Statistik: count, share and the distribution of turnover, assets, capital and workers per chosen
 * grouping, with a bar chart and box plots; then the data-quality flags, area level first.
 */
export function StatsScreen() {
  const t = useT();
  const { project, roundId } = useProject();
  if (!project) return null;
  if (project.rounds.length === 0 || roundId === null) return <p className="muted" data-testid="stats-no-rounds">{t('data.noRounds')}</p>;
  return (
    <div className="st-screen" data-testid="stats-screen">
      <div className="data-toolbar">
        <h1>{t('stats.title')}</h1>
        <RoundSelect testId="stats-round-select" />
      </div>
      <GroupStatsPanel key={`g-${roundId}`} roundId={roundId} />
      <QualityPanel key={`q-${roundId}`} roundId={roundId} />
    </div>
  );
}

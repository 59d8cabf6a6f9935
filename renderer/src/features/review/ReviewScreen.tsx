import { useCallback, useState } from 'react';
import { useProject } from '../../app/ProjectContext';
import { useT } from '../../i18n/I18nProvider';
import { DuplicateQueue } from './DuplicateQueue';
import { VerificationTable } from './VerificationTable';
import './review.css';

/**
 * Verifikasi: the Data Awal / Valid / Hilang table per kecamatan and the possible-duplicates queue of
 * the chosen round. Every decision in the queue re-reads both.
 */
export function ReviewScreen() {
  const t = useT();
  const { project, roundId, setRoundId } = useProject();
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  if (!project) return null;
  if (project.rounds.length === 0 || roundId === null) {
    return <p className="muted" data-testid="review-no-rounds">{t('review.noRounds')}</p>;
  }

  return (
    <div className="review-screen" data-testid="review-screen">
      <div className="data-toolbar">
        <h1>{t('review.title')}</h1>
        <label className="filter filter-inline">
          <span>{t('review.round')}</span>
          <select value={roundId} onChange={(e) => setRoundId(Number(e.target.value))} data-testid="review-round-select">
            {project.rounds.map((round) => (
              <option key={round.id} value={round.id}>{round.name}</option>
            ))}
          </select>
        </label>
      </div>
      <VerificationTable key={`v-${roundId}`} roundId={roundId} version={version} />
      <DuplicateQueue key={`d-${roundId}`} roundId={roundId} version={version} onChanged={bump} />
    </div>
  );
}

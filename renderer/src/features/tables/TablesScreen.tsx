import { useState } from 'react';
import { useProject } from '../../app/ProjectContext';
import { useT } from '../../i18n/I18nProvider';
import { RoundSelect } from '../stats/RoundSelect';
import { ExportTab } from './ExportTab';
import { IndicatorsTab } from './IndicatorsTab';
import { LqTab } from './LqTab';
import { RekapTab } from './RekapTab';
import { TABLE_TABS, type AreaLevel, type TableTab } from './tables-types';
import { VerifikasiTab } from './VerifikasiTab';
import './tables.css';

/**
 * Rekap & LQ: the potential-mapping tables, all computed from the same counted businesses of the
 * round (Rekap, Verifikasi, sector × area with location quotients, indicators) and their export.
 */
export function TablesScreen() {
  const t = useT();
  const { project, roundId } = useProject();
  const [tab, setTab] = useState<TableTab>('rekap');
  const [by, setBy] = useState<AreaLevel>('kecamatan');
  if (!project) return null;
  if (project.rounds.length === 0 || roundId === null) return <p className="muted" data-testid="tables-no-rounds">{t('data.noRounds')}</p>;

  return (
    <div className="tb-screen" data-testid="tables-screen">
      <div className="data-toolbar">
        <h1>{t('tables.title')}</h1>
        <RoundSelect testId="tables-round-select" />
        {tab !== 'ekspor' && (
          <div className="segmented" role="group" aria-label={t('tables.level')}>
            {(['kecamatan', 'kelurahan'] as const).map((level) => (
              <button key={level} type="button" className={`segmented-item${level === by ? ' segmented-item-active' : ''}`} aria-pressed={level === by} onClick={() => setBy(level)} data-testid={`tables-by-${level}`}>
                {t(`tables.level.${level}` as const)}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="tb-tabs" role="tablist">
        {TABLE_TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`tables-tab-${id}`} aria-selected={id === tab} className={`tb-tab${id === tab ? ' tb-tab-active' : ''}`} onClick={() => setTab(id)} data-testid={`tables-tab-${id}`}>
            {t(`tables.tab.${id}` as const)}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-labelledby={`tables-tab-${tab}`} key={`${tab}-${roundId}`}>
        {tab === 'rekap' && <RekapTab roundId={roundId} by={by} />}
        {tab === 'verifikasi' && <VerifikasiTab roundId={roundId} by={by} />}
        {tab === 'lq' && <LqTab roundId={roundId} by={by} />}
        {tab === 'indikator' && <IndicatorsTab roundId={roundId} by={by} />}
        {tab === 'ekspor' && <ExportTab roundId={roundId} />}
      </div>
    </div>
  );
}

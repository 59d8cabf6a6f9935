import { useCallback, useState } from 'react';
import type { JenisGroup } from '../../../../shared/classify/jenis-groups';
import { normaliseJenis } from '../../../../shared/classify/match-jenis';
import { useProject } from '../../app/ProjectContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT } from '../../i18n/I18nProvider';
import { capitalise } from './AddKeywordForm';
import { CandidatesPanel } from './CandidatesPanel';
import { ClassificationSummaryPanel } from './ClassificationSummaryPanel';
import { DictionaryPanel } from './DictionaryPanel';
import { RuleSettingsPanel } from './RuleSettingsPanel';
import { UnclassifiedPanel } from './UnclassifiedPanel';
import { useClassification } from './useClassification';
import { useDictionary } from './useDictionary';
import { RoundSelect } from '../stats/RoundSelect';
import './classify.css';

function ClassifyRound({ roundId }: { roundId: number }) {
  const t = useT();
  const classification = useClassification(roundId);
  const [dictVersion, setDictVersion] = useState(0);
  const { reload } = classification;
  const afterDictionarySave = useCallback(() => {
    setDictVersion((v) => v + 1);
    void reload();
  }, [reload]);
  const dictionary = useDictionary(afterDictionarySave);
  const { rules, summary } = classification;

  const assign = useCallback(
    (text: string, group: JenisGroup) => {
      const entries = dictionary.dictionary?.entries ?? [];
      const keyword = normaliseJenis(text);
      if (keyword === '' || entries.some((e) => normaliseJenis(e.keyword) === keyword)) return;
      void dictionary.save([...entries, { keyword, label: capitalise(text).slice(0, 80), group, kbli: null }]);
    },
    [dictionary],
  );

  return (
    <>
      <ErrorNotice error={classification.error} onRetry={() => void reload()} testId="classify-error" />
      <div className="cls-top">
        {rules ? <RuleSettingsPanel rules={rules} applying={classification.busy === 'applying'} onApply={classification.apply} /> : <p className="muted">{t('app.loading')}</p>}
        {summary ? <ClassificationSummaryPanel summary={summary} busy={classification.busy !== null} /> : <p className="muted">{t('app.loading')}</p>}
      </div>
      {summary && (
        <CandidatesPanel
          roundId={roundId}
          version={summary.computed_at}
          counts={{ above_micro: summary.above_micro, conflict: summary.conflicts, unknown: summary.size_class.unknown }}
        />
      )}
      <div className="cls-bottom">
        <DictionaryPanel state={dictionary} />
        <UnclassifiedPanel roundId={roundId} version={dictVersion} saving={dictionary.saving} onAssign={assign} />
      </div>
    </>
  );
}

/**
 * Klasifikasi: the size-class rule set and turnover bands (applied to the chosen round), the counts
 * they give, the "sudah naik kelas" candidates, and the jenis-usaha dictionary with the texts it misses.
 */
export function ClassifyScreen() {
  const t = useT();
  const { project, roundId } = useProject();
  if (!project) return null;
  if (project.rounds.length === 0 || roundId === null) return <p className="muted" data-testid="classify-no-rounds">{t('data.noRounds')}</p>;
  return (
    <div className="cls-screen" data-testid="classify-screen">
      <div className="data-toolbar">
        <h1>{t('classify.title')}</h1>
        <RoundSelect testId="classify-round-select" />
      </div>
      <ClassifyRound key={roundId} roundId={roundId} />
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClassificationRules, ClassificationSummary } from '../../../../shared/classify/classification-types';
import type { BandConfig } from '../../../../shared/classify/turnover-bands';
import type { RuleSet } from '../../../../shared/classify/size-rules';
import type { Pp7Basis } from '../../../../shared/classify/classify-size';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';

/** The settings the user edits before pressing "Terapkan". */
export interface RuleDraft {
  rule_set: RuleSet;
  pp7_basis: Pp7Basis;
  bands: BandConfig;
}

export interface Classification {
  rules: ClassificationRules | null;
  summary: ClassificationSummary | null;
  /** `loading` while the saved state is read, `applying` while a new classification is computed. */
  busy: 'loading' | 'applying' | null;
  error: ApiError | null;
  reload: () => Promise<void>;
  /** Saves the draft and classifies the round with it; resolves true on success. */
  apply: (draft: RuleDraft) => Promise<boolean>;
}

/** True when two band settings classify alike (same mode and bounds, or same quantile count). */
export function sameBands(a: BandConfig, b: BandConfig): boolean {
  if (a.mode === 'fixed' && b.mode === 'fixed') return a.upper.length === b.upper.length && a.upper.every((v, i) => v === b.upper[i]);
  if (a.mode === 'quantile' && b.mode === 'quantile') return a.count === b.count;
  return false;
}

/**
 * The classification settings and the chosen round's summary. Applying a draft that only switches the
 * rule set is one `classify:run`; a changed PP 7/2021 basis or band setting is saved first with
 * `classify:saveRules` (which reclassifies every round), and the summary is then read, not recomputed.
 */
export function useClassification(roundId: number): Classification {
  const api = useApi();
  const [rules, setRules] = useState<ClassificationRules | null>(null);
  const [summary, setSummary] = useState<ClassificationSummary | null>(null);
  const [busy, setBusy] = useState<Classification['busy']>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  // Answers for an older round or an older request are dropped.
  const ticket = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    setBusy('loading');
    const [r, s] = await Promise.all([api.invoke('classify:rules', {}), api.invoke('classify:summary', { filter: { roundId } })]);
    if (mine !== ticket.current) return;
    if (r.ok) setRules(r.data);
    if (s.ok) setSummary(s.data);
    setError(!r.ok ? r.error : !s.ok ? s.error : null);
    setBusy(null);
  }, [api, roundId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const apply = useCallback(
    async (draft: RuleDraft) => {
      if (!rules) return false;
      const mine = ++ticket.current;
      setBusy('applying');
      setError(null);
      const needsSave = draft.pp7_basis !== rules.pp7_basis || !sameBands(draft.bands, rules.bands);
      try {
        if (needsSave) {
          const saved = await api.invoke('classify:saveRules', { rule_set: draft.rule_set, pp7_basis: draft.pp7_basis, bands: draft.bands });
          if (!saved.ok) {
            if (mine === ticket.current) setError(saved.error);
            return false;
          }
          const read = await api.invoke('classify:summary', { filter: { roundId } });
          if (mine !== ticket.current) return false;
          setRules(saved.data);
          if (!read.ok) {
            setError(read.error);
            return false;
          }
          setSummary(read.data);
          return true;
        }
        const run = await api.invoke('classify:run', { roundId, rule_set: draft.rule_set });
        const reread = await api.invoke('classify:rules', {});
        if (mine !== ticket.current) return false;
        if (reread.ok) setRules(reread.data);
        if (!run.ok) {
          setError(run.error);
          return false;
        }
        setSummary(run.data);
        return true;
      } finally {
        if (mine === ticket.current) setBusy(null);
      }
    },
    [api, roundId, rules],
  );

  return { rules, summary, busy, error, reload, apply };
}

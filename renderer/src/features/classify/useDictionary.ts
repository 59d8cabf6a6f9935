import { useCallback, useEffect, useState } from 'react';
import type { JenisDictionary } from '../../../../shared/classify/classification-types';
import type { DictionaryEntry } from '../../../../shared/classify/jenis-dictionary';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';

export interface DictionaryState {
  dictionary: JenisDictionary | null;
  saving: boolean;
  error: ApiError | null;
  /** Replaces the entries (the services reclassify every round); resolves true on success. */
  save: (entries: DictionaryEntry[]) => Promise<boolean>;
  /** Restores the shipped dictionary. */
  reset: () => Promise<boolean>;
  clearError: () => void;
}

/** The jenis-usaha keyword dictionary; `onSaved` runs after every successful save (to re-read counts). */
export function useDictionary(onSaved: () => void): DictionaryState {
  const api = useApi();
  const [dictionary, setDictionary] = useState<JenisDictionary | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void api.invoke('dictionary:get', {}).then((result) => {
      if (!live) return;
      if (result.ok) setDictionary(result.data);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const write = useCallback(
    async (request: { entries: DictionaryEntry[] } | { reset: true }) => {
      setSaving(true);
      setError(null);
      try {
        const result = await api.invoke('dictionary:save', request);
        if (!result.ok) {
          setError(result.error);
          return false;
        }
        setDictionary(result.data);
        onSaved();
        return true;
      } finally {
        setSaving(false);
      }
    },
    [api, onSaved],
  );

  const save = useCallback((entries: DictionaryEntry[]) => write({ entries }), [write]);
  const reset = useCallback(() => write({ reset: true }), [write]);
  const clearError = useCallback(() => setError(null), []);
  return { dictionary, saving, error, save, reset, clearError };
}

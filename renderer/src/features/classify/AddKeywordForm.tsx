import { useState, type FormEvent } from 'react';
import type { JenisDictionary } from '../../../../shared/classify/classification-types';
import type { DictionaryEntry } from '../../../../shared/classify/jenis-dictionary';
import { JENIS_GROUPS, type JenisGroup } from '../../../../shared/classify/jenis-groups';
import { normaliseJenis } from '../../../../shared/classify/match-jenis';
import { useT } from '../../i18n/I18nProvider';
import { groupLabel } from './classify-labels';

/** `toko kelontong` -> `Toko kelontong`: the default name of a new jenis usaha. */
export function capitalise(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** Adds one keyword: type it, pick the group, press Tambah (label and KBLI division are optional). */
export function AddKeywordForm({ dictionary, saving, onAdd, initialGroup }: {
  dictionary: JenisDictionary;
  saving: boolean;
  onAdd: (entry: DictionaryEntry) => Promise<boolean>;
  initialGroup: JenisGroup;
}) {
  const t = useT();
  const [keyword, setKeyword] = useState('');
  const [label, setLabel] = useState('');
  const [group, setGroup] = useState<JenisGroup>(initialGroup);
  const [kbli, setKbli] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const norm = normaliseJenis(keyword);
    if (norm === '') return setProblem(t('classify.dict.problemEmpty'));
    const existing = dictionary.entries.find((e) => normaliseJenis(e.keyword) === norm);
    if (existing) return setProblem(t('classify.dict.problemExists', { keyword: norm, group: groupLabel(t, existing.group) }));
    setProblem(null);
    const ok = await onAdd({ keyword: norm, label: capitalise(label || keyword).slice(0, 80), group, kbli: kbli === '' ? null : kbli });
    if (ok) {
      setKeyword('');
      setLabel('');
    }
  }

  return (
    <form className="cls-add" onSubmit={(e) => void submit(e)} data-testid="dict-add-form">
      <label className="cls-add-field cls-add-kw">
        <span>{t('classify.dict.keyword')}</span>
        <input value={keyword} onChange={(e) => setKeyword(e.target.value)} maxLength={80} placeholder={t('classify.dict.keywordPlaceholder')} data-testid="dict-add-keyword" />
      </label>
      <label className="cls-add-field cls-add-grp">
        <span>{t('classify.dict.group')}</span>
        <select value={group} onChange={(e) => setGroup(e.target.value as JenisGroup)} data-testid="dict-add-group">
          {JENIS_GROUPS.map((g) => <option key={g} value={g}>{groupLabel(t, g)}</option>)}
        </select>
      </label>
      <label className="cls-add-field cls-add-lbl">
        <span>{t('classify.dict.labelOptional')}</span>
        <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={80} placeholder={capitalise(keyword)} data-testid="dict-add-label" />
      </label>
      <label className="cls-add-field cls-add-kbli">
        <span>{t('classify.dict.kbli')}</span>
        <select value={kbli} onChange={(e) => setKbli(e.target.value)} data-testid="dict-add-kbli">
          <option value="">—</option>
          {dictionary.kbli_divisions.map((d) => <option key={d.code} value={d.code}>{d.code} {d.title}</option>)}
        </select>
      </label>
      <button type="submit" className="button button-primary cls-add-btn" disabled={saving} data-testid="dict-add-submit">{saving ? t('classify.dict.saving') : t('classify.dict.add')}</button>
      {problem && <p className="cls-problem" role="alert" data-testid="dict-add-problem">{problem}</p>}
    </form>
  );
}

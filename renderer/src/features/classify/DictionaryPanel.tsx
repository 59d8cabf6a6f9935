import { useMemo, useState } from 'react';
import type { DictionaryEntry } from '../../../../shared/classify/jenis-dictionary';
import { JENIS_GROUPS, type JenisGroup } from '../../../../shared/classify/jenis-groups';
import { normaliseJenis } from '../../../../shared/classify/match-jenis';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../components/format';
import { useT } from '../../i18n/I18nProvider';
import { groupLabel } from './classify-labels';
import type { DictionaryState } from './useDictionary';
import { AddKeywordForm } from './AddKeywordForm';

/**
 * The jenis-usaha keyword dictionary: add a keyword to a group, move or delete one, or restore the
 * shipped list. Every change is saved at once and the round is reclassified.
 */
export function DictionaryPanel({ state }: { state: DictionaryState }) {
  const t = useT();
  const { dictionary, saving, error, save, reset } = state;
  const [group, setGroup] = useState<JenisGroup | ''>('');
  const [search, setSearch] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);

  const entries = dictionary?.entries ?? [];
  const perGroup = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
    return counts;
  }, [entries]);
  const needle = normaliseJenis(search);
  const shown = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => (group === '' || entry.group === group) && (needle === '' || normaliseJenis(`${entry.keyword} ${entry.label}`).includes(needle)));

  const update = (index: number, change: Partial<DictionaryEntry>) => void save(entries.map((e, i) => (i === index ? { ...e, ...change } : e)));
  const remove = (index: number) => void save(entries.filter((_, i) => i !== index));

  return (
    <section className="panel cls-dictionary" data-testid="dictionary-panel" aria-busy={saving || !dictionary}>
      <header className="panel-header">
        <h2 className="panel-title">{t('classify.dict.title')}</h2>
        {dictionary && (
          <span className="muted small" data-testid="dictionary-count" data-value={entries.length}>
            {t(dictionary.is_default ? 'classify.dict.countDefault' : 'classify.dict.countChanged', { count: entries.length })}
          </span>
        )}
      </header>
      <div className="panel-body cls-dict-body">
        <ErrorNotice error={error} testId="dictionary-error" />
        {dictionary && <AddKeywordForm dictionary={dictionary} saving={saving} onAdd={(entry) => save([...entries, entry])} initialGroup={group || 'makanan_minuman'} />}
        <div className="cls-dict-filters">
          <div className="cls-chips" role="group" aria-label={t('classify.dict.filterGroup')}>
            <button type="button" className={`cls-chip${group === '' ? ' cls-chip-active' : ''}`} aria-pressed={group === ''} onClick={() => setGroup('')} data-testid="dict-group-all">
              {t('common.all')} <span className="cls-chip-count">{formatCount(entries.length)}</span>
            </button>
            {JENIS_GROUPS.map((g) => (
              <button key={g} type="button" className={`cls-chip${group === g ? ' cls-chip-active' : ''}`} aria-pressed={group === g} onClick={() => setGroup(g)} data-testid={`dict-group-${g}`}>
                {groupLabel(t, g)} <span className="cls-chip-count">{formatCount(perGroup.get(g) ?? 0)}</span>
              </button>
            ))}
          </div>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('classify.dict.search')} aria-label={t('classify.dict.search')} data-testid="dict-search" />
        </div>
        <div className="cls-dict-scroll">
          <table className="table-recap cls-dict-table" data-testid="dictionary-table">
            <thead>
              <tr>
                <th>{t('classify.dict.keyword')}</th>
                <th>{t('classify.dict.label')}</th>
                <th>{t('classify.dict.group')}</th>
                <th>{t('classify.dict.kbli')}</th>
                <th><span className="cls-sr">{t('classify.dict.delete')}</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ entry, index }) => (
                <tr key={`${entry.keyword}-${index}`} data-testid="dict-entry" data-keyword={entry.keyword} data-group={entry.group}>
                  <td className="cls-keyword">{entry.keyword}</td>
                  <td>{entry.label}</td>
                  <td>
                    <select value={entry.group} disabled={saving} onChange={(e) => update(index, { group: e.target.value as JenisGroup })} aria-label={t('classify.dict.moveTo', { keyword: entry.keyword })}>
                      {JENIS_GROUPS.map((g) => <option key={g} value={g}>{groupLabel(t, g)}</option>)}
                    </select>
                  </td>
                  <td title={dictionary?.kbli_divisions.find((d) => d.code === entry.kbli)?.title}>{entry.kbli ?? '—'}</td>
                  <td>
                    <button type="button" className="button button-small" disabled={saving} onClick={() => remove(index)} aria-label={t('classify.dict.deleteKeyword', { keyword: entry.keyword })} data-testid="dict-delete">×</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && dictionary && <p className="muted small">{t('classify.dict.none')}</p>}
        </div>
        <div className="cls-dict-footer">
          <span className="muted small">{dictionary ? t('classify.dict.kbliEdition', { edition: dictionary.kbli_edition }) : ''}</span>
          {confirmReset ? (
            <span className="cls-confirm">
              <span className="small">{t('classify.dict.resetConfirm')}</span>
              <button type="button" className="button button-small" onClick={() => { setConfirmReset(false); void reset(); }} data-testid="dict-reset-yes">{t('classify.dict.resetYes')}</button>
              <button type="button" className="button button-small" onClick={() => setConfirmReset(false)}>{t('classify.cancel')}</button>
            </span>
          ) : (
            <button type="button" className="button button-small" disabled={saving || dictionary?.is_default !== false} onClick={() => setConfirmReset(true)} data-testid="dict-reset">{t('classify.dict.reset')}</button>
          )}
        </div>
      </div>
    </section>
  );
}

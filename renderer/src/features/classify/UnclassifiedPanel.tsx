import { useEffect, useRef, useState } from 'react';
import type { UnclassifiedText } from '../../../../shared/classify/classification-types';
import { JENIS_GROUPS, type JenisGroup } from '../../../../shared/classify/jenis-groups';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../components/format';
import { useT } from '../../i18n/I18nProvider';
import { groupLabel } from './classify-labels';

/** How many texts are listed: the most frequent ones cover most businesses. */
const LIST_LIMIT = 300;

/** A first guess from the bidang usaha the businesses reported (the user still confirms it). */
function suggestGroup(row: UnclassifiedText): JenisGroup | '' {
  return row.bidang === 'jasa' ? 'jasa' : '';
}

function UnclassifiedRow({ row, saving, onAssign }: { row: UnclassifiedText; saving: boolean; onAssign: (text: string, group: JenisGroup) => void }) {
  const t = useT();
  const [group, setGroup] = useState<JenisGroup | ''>(suggestGroup(row));
  return (
    <tr data-testid="unclassified-row" data-text={row.normalised} data-count={row.count}>
      <td className="cls-wrap">
        {row.text}
        {row.bidang && <span className="muted small cls-uncl-bidang">{t('classify.uncl.bidangHint', { bidang: t(`data.sector.${row.bidang}` as const) })}</span>}
      </td>
      <td className="num">{formatCount(row.count)}</td>
      <td>
        <div className="cls-assign">
          <select value={group} onChange={(e) => setGroup(e.target.value as JenisGroup | '')} aria-label={t('classify.uncl.groupFor', { text: row.text })} data-testid="unclassified-group">
            <option value="">{t('classify.uncl.choose')}</option>
            {JENIS_GROUPS.map((g) => <option key={g} value={g}>{groupLabel(t, g)}</option>)}
          </select>
          <button type="button" className="button button-small" disabled={saving || group === ''} onClick={() => group !== '' && onAssign(row.text, group)} data-testid="unclassified-assign">
            {t('classify.uncl.assign')}
          </button>
        </div>
      </td>
    </tr>
  );
}

/**
 * Jenis-usaha texts no keyword matched, most frequent first. Assigning a text to a group adds the
 * text itself as a keyword; the list and the counts are then read again.
 */
export function UnclassifiedPanel({ roundId, version, saving, onAssign }: {
  roundId: number;
  version: number;
  saving: boolean;
  onAssign: (text: string, group: JenisGroup) => void;
}) {
  const t = useT();
  const list = useApiQuery('classify:unclassified', { roundId, limit: LIST_LIMIT });
  const { reload } = list;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  const data = list.data;

  return (
    <section className="panel cls-unclassified" data-testid="unclassified-panel" aria-busy={list.loading}>
      <header className="panel-header">
        <h2 className="panel-title">{t('classify.uncl.title')}</h2>
        {data && (
          <span className="muted small" data-testid="unclassified-total" data-value={data.total_texts}>
            {t('classify.uncl.total', { texts: data.total_texts, businesses: data.total_businesses })}
          </span>
        )}
      </header>
      <div className="panel-body">
        <ErrorNotice error={list.error} onRetry={list.reload} testId="unclassified-error" />
        {data && data.rows.length === 0 && <p className="muted" data-testid="unclassified-empty">{t('classify.uncl.empty')}</p>}
        {data && data.rows.length > 0 && (
          <>
            <p className="muted small cls-hint">{t('classify.uncl.hint')}</p>
            <div className="cls-dict-scroll">
              <table className="table-recap cls-uncl-table" data-testid="unclassified-table">
                <thead>
                  <tr>
                    <th>{t('classify.uncl.text')}</th>
                    <th className="num">{t('classify.uncl.count')}</th>
                    <th>{t('classify.uncl.group')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => <UnclassifiedRow key={row.normalised} row={row} saving={saving} onAssign={onAssign} />)}
                </tbody>
              </table>
            </div>
            {data.total_texts > data.rows.length && <p className="muted small">{t('classify.uncl.more', { shown: data.rows.length, total: data.total_texts })}</p>}
          </>
        )}
      </div>
    </section>
  );
}

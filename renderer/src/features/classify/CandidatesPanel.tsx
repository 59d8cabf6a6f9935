import { useEffect, useRef, useState } from 'react';
import type { ClassifiedBusiness } from '../../../../shared/classify/classification-types';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatRupiah } from '../../components/format';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { criterionLabel, groupLabel, sizeClassLabel } from './classify-labels';

const PAGE_SIZE = 50;
const LISTS = ['above_micro', 'conflict', 'unknown'] as const;
type Which = (typeof LISTS)[number];

function classCell(t: Translate, row: ClassifiedBusiness): string {
  const main = `${sizeClassLabel(t, row.size_class)}${row.size_criterion ? ` (${criterionLabel(t, row.size_criterion).toLowerCase()})` : ''}`;
  if (!row.alt_class || !row.alt_criterion) return main;
  return `${main}; ${t('classify.cand.alt', { cls: sizeClassLabel(t, row.alt_class), criterion: criterionLabel(t, row.alt_criterion).toLowerCase() })}`;
}

/**
 * Businesses above the micro limits ("sudah naik kelas" candidates), those whose criteria disagree,
 * and those of unknown size, a page at a time. `version` changes whenever the round is reclassified.
 */
export function CandidatesPanel({ roundId, version, counts }: {
  roundId: number;
  version: string;
  counts: Record<Which, number>;
}) {
  const t = useT();
  const [which, setWhich] = useState<Which>('above_micro');
  const [offset, setOffset] = useState(0);
  const page = useApiQuery('classify:candidates', { filter: { roundId }, which, offset, limit: PAGE_SIZE });
  const data = page.data;
  // A reclassification changes the lists: read the page again (but not on the first render).
  const { reload } = page;
  const seenVersion = useRef(version);
  useEffect(() => {
    if (seenVersion.current === version) return;
    seenVersion.current = version;
    reload();
  }, [version, reload]);

  function choose(next: Which) {
    setWhich(next);
    setOffset(0);
  }

  return (
    <section className="panel cls-candidates" data-testid="classify-candidates" aria-busy={page.loading}>
      <header className="panel-header">
        <h2 className="panel-title">{t('classify.cand.title')}</h2>
        <div className="segmented" role="group">
          {LISTS.map((w) => (
            <button key={w} type="button" className={`segmented-item${w === which ? ' segmented-item-active' : ''}`} aria-pressed={w === which} onClick={() => choose(w)} data-testid={`candidates-${w}`}>
              {t(`classify.cand.${w}` as const, { count: counts[w] })}
            </button>
          ))}
        </div>
      </header>
      <div className="panel-body">
        <p className="muted small cls-hint">{t(`classify.cand.${which}Hint` as const)}</p>
        <ErrorNotice error={page.error} onRetry={page.reload} testId="candidates-error" />
        {data && data.rows.length === 0 && <p className="muted" data-testid="candidates-empty">{t('classify.cand.empty')}</p>}
        {data && data.rows.length > 0 && (
          <div className="cls-table-scroll">
            <table className="table-recap cls-cand-table" data-testid="candidates-table" data-total={data.total}>
              <thead>
                <tr>
                  <th>{t('classify.cand.business')}</th>
                  <th>{t('classify.cand.area')}</th>
                  <th>{t('classify.cand.jenis')}</th>
                  <th className="num">{t('data.col.omzet_tahunan')}</th>
                  <th className="num">{t('data.col.modal')}</th>
                  <th className="num">{t('data.col.aset')}</th>
                  <th className="num">{t('data.col.tk')}</th>
                  <th>{t('classify.cand.class')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.id} data-testid="candidate-row" data-id={row.id} className={row.conflict ? 'cls-conflict' : undefined}>
                    <td className="cls-wrap"><strong>{row.nama_usaha ?? '—'}</strong><br /><span className="muted">{row.nama_pelaku ?? ''}</span></td>
                    <td className="cls-wrap">{row.kelurahan_name ?? '—'}<br /><span className="muted">{row.kecamatan_name ?? ''}</span></td>
                    <td className="cls-wrap">{row.jenis_usaha ?? '—'}<br /><span className="muted">{groupLabel(t, row.jenis_group)}</span></td>
                    <td className="num">{formatRupiah(row.omzet_tahunan)}</td>
                    <td className="num">{formatRupiah(row.modal)}</td>
                    <td className="num">{formatRupiah(row.aset)}</td>
                    <td className="num">{formatCount(row.tenaga_kerja)}</td>
                    <td className="cls-wrap">{classCell(t, row)}{row.conflict && <span className="cls-tag">{t('classify.cand.conflictTag')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data && data.total > PAGE_SIZE && (
          <div className="cls-pager">
            <button type="button" className="button button-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} data-testid="candidates-prev">{t('classify.prev')}</button>
            <span className="small">{t('classify.range', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, data.total), total: data.total })}</span>
            <button type="button" className="button button-small" disabled={offset + PAGE_SIZE >= data.total} onClick={() => setOffset(offset + PAGE_SIZE)} data-testid="candidates-next">{t('classify.next')}</button>
          </div>
        )}
      </div>
    </section>
  );
}

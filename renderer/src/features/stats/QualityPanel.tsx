import { useState } from 'react';
import type { QualityFlag } from '../../../../shared/stats/quality-rules';
import type { FlaggedRecord } from '../../../../shared/stats/report-types';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { describeRecordFlag } from '../../../../shared/stats/quality-sentences';
import { useLanguage, useT, type Translate } from '../../i18n/I18nProvider';
import { AreaFlagsTable } from './AreaFlagsTable';
import { formatCount, formatRupiah } from '../../components/format';
import { flagLabel } from './stats-labels';

const PAGE_SIZE = 25;

function reported(t: Translate, r: FlaggedRecord): string {
  if (r.omzet_nilai === null) return '—';
  const period = r.omzet_periode === 'bulan' ? t('classify.band.perMonth') : r.omzet_periode === 'tahun' ? t('classify.band.perYear') : '';
  return `${formatRupiah(r.omzet_nilai)} ${period}`.trim();
}

/**
 * Implausible values: the area-level check first (a wrong unit in one area distorts every table), then
 * the record flags by kind and the flagged businesses, a page at a time.
 */
export function QualityPanel({ roundId }: { roundId: number }) {
  const t = useT();
  const { lang } = useLanguage();
  const [code, setCode] = useState<QualityFlag | undefined>(undefined);
  const [offset, setOffset] = useState(0);
  const query = useApiQuery('quality:flags', { filter: { roundId }, ...(code ? { code } : {}), offset, limit: PAGE_SIZE });
  const data = query.data;

  function choose(next: QualityFlag | undefined) {
    setCode(next);
    setOffset(0);
  }

  return (
    <section className="panel st-quality" data-testid="quality-panel" aria-busy={query.loading}>
      <header className="panel-header">
        <h2 className="panel-title">{t('stats.quality.title')}</h2>
      </header>
      <div className="panel-body st-quality-body">
        <ErrorNotice error={query.error} onRetry={query.reload} testId="quality-error" />
        {data && (
          <>
            <AreaFlagsTable areas={data.areas} />
            <h3 className="subheading">{t('stats.quality.records')}</h3>
            <div className="cls-chips st-flag-chips" role="group">
              <button type="button" className={`cls-chip${code === undefined ? ' cls-chip-active' : ''}`} aria-pressed={code === undefined} onClick={() => choose(undefined)} data-testid="flag-all">
                {t('stats.quality.any')}
              </button>
              {data.summary.map((s) => (
                <button key={s.code} type="button" disabled={s.count === 0} className={`cls-chip${code === s.code ? ' cls-chip-active' : ''}`} aria-pressed={code === s.code} onClick={() => choose(s.code)} data-testid={`flag-${s.code}`} data-count={s.count}>
                  {flagLabel(t, s.code)} <span className="cls-chip-count">{formatCount(s.count)}</span>
                </button>
              ))}
            </div>
            <div className="cls-table-scroll">
              <table className="table-recap st-flag-table" data-testid="flagged-table" data-total={data.records.total}>
                <thead>
                  <tr>
                    <th>{t('classify.cand.business')}</th>
                    <th>{t('classify.cand.area')}</th>
                    <th className="num">{t('stats.quality.reported')}</th>
                    <th className="num">{t('data.col.omzet_tahunan')}</th>
                    <th className="num">{t('data.col.aset')}</th>
                    <th className="num">{t('data.col.modal')}</th>
                    <th className="num">{t('data.col.tk')}</th>
                    <th>{t('stats.quality.flags')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.records.rows.map((r) => (
                    <tr key={r.id} data-testid="flagged-row" data-id={r.id}>
                      <td className="cls-wrap"><strong>{r.nama_usaha ?? '—'}</strong><br /><span className="muted">{r.jenis_usaha ?? ''}</span></td>
                      <td className="cls-wrap">{r.kelurahan_name ?? '—'}<br /><span className="muted">{r.kecamatan_name ?? ''}</span></td>
                      <td className="num st-reported">{reported(t, r)}</td>
                      <td className="num">{formatRupiah(r.omzet_tahunan)}</td>
                      <td className="num">{formatRupiah(r.aset)}</td>
                      <td className="num">{formatRupiah(r.modal)}</td>
                      <td className="num">{formatCount(r.tenaga_kerja)}</td>
                      <td className="st-flag-list">
                        <ul>{r.flags.map((f) => <li key={f.code}><strong>{flagLabel(t, f.code)}.</strong> <span className="st-flag-message" data-testid="flag-message" data-code={f.code}>{describeRecordFlag(f, lang)}</span></li>)}</ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {data.records.total > PAGE_SIZE && (
              <div className="cls-pager">
                <button type="button" className="button button-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>{t('classify.prev')}</button>
                <span className="small">{t('classify.range', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, data.records.total), total: data.records.total })}</span>
                <button type="button" className="button button-small" disabled={offset + PAGE_SIZE >= data.records.total} onClick={() => setOffset(offset + PAGE_SIZE)}>{t('classify.next')}</button>
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}

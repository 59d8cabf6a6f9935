import { useState } from 'react';
import type { SentraCandidate } from '../../../../shared/stats/table-types';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { groupLabel } from '../classify/classify-labels';
import { formatCount, formatDecimal, formatShare } from '../../components/format';
import { LqLegend, LqTable, type LqMeasure } from './LqTable';
import type { AreaLevel } from './tables-types';

const SENTRA_MIN_COUNTS = [5, 10, 20, 30] as const;

function sectorNamer(t: Translate, kind: 'bidang' | 'jenis'): (code: string, fallback: string) => string {
  return (code, fallback) => {
    if (kind === 'bidang') return code === 'perdagangan' || code === 'industri' || code === 'jasa' ? t(`data.sector.${code}` as const) : fallback;
    return groupLabel(t, code);
  };
}

function SentraTable({ rows }: { rows: SentraCandidate[] }) {
  const t = useT();
  if (rows.length === 0) return <p className="muted" data-testid="sentra-empty">{t('tables.sentra.none')}</p>;
  return (
    <div className="tb-scroll">
      <table className="tb-report" data-testid="sentra-table">
        <thead>
          <tr>
            <th>{t('tables.level.kelurahan')}</th>
            <th>{t('tables.level.kecamatan')}</th>
            <th>{t('tables.sentra.jenis')}</th>
            <th>{t('tables.sentra.group')}</th>
            <th>{t('tables.sentra.count')}</th>
            <th>{t('tables.sentra.share')}</th>
            <th>LQ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={`${s.kelurahan_code}|${s.jenis_label}`} data-testid="sentra-row" data-code={s.kelurahan_code}>
              <th scope="row" className="tb-uraian">{s.kelurahan_name}</th>
              <td>{s.kecamatan_name ?? '—'}</td>
              <td><strong>{s.jenis_label}</strong></td>
              <td>{groupLabel(t, s.group)}</td>
              <td className="num">{formatCount(s.count)}</td>
              <td className="num">{formatShare(s.share)}</td>
              <td className="num lq-b5 lq-basis">{formatDecimal(s.lq)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Sector × area with location quotients, then the sentra candidates (a jenis usaha concentrated in a kelurahan). */
export function LqTab({ roundId, by }: { roundId: number; by: AreaLevel }) {
  const t = useT();
  const [sector, setSector] = useState<'bidang' | 'jenis'>('bidang');
  const [measure, setMeasure] = useState<LqMeasure>('count');
  const [minCount, setMinCount] = useState<number | undefined>(undefined);
  const query = useApiQuery('tables:lq', { filter: { roundId }, by, sector, ...(minCount ? { sentraMinCount: minCount } : {}) });
  const data = query.data;

  return (
    <section className="panel tb-panel" data-testid="lq-panel" aria-busy={query.loading}>
      <div className="panel-body tb-lq-body">
        <div className="tb-controls">
          <div className="segmented" role="group" aria-label={t('tables.lq.sectorKind')}>
            {(['bidang', 'jenis'] as const).map((k) => (
              <button key={k} type="button" className={`segmented-item${k === sector ? ' segmented-item-active' : ''}`} aria-pressed={k === sector} onClick={() => setSector(k)} data-testid={`lq-sector-${k}`}>
                {t(`tables.lq.sector.${k}` as const)}
              </button>
            ))}
          </div>
          <div className="segmented" role="group" aria-label={t('tables.lq.measure')}>
            {(['count', 'workers'] as const).map((m) => (
              <button key={m} type="button" className={`segmented-item${m === measure ? ' segmented-item-active' : ''}`} aria-pressed={m === measure} onClick={() => setMeasure(m)} data-testid={`lq-measure-${m}`}>
                {t(`tables.lq.measure.${m}` as const)}
              </button>
            ))}
          </div>
          <LqLegend />
        </div>
        <ErrorNotice error={query.error} onRetry={query.reload} testId="lq-error" />
        {data && (
          <>
            <LqTable data={data} measure={measure} sectorName={sectorNamer(t, data.sector_kind)} />
            <p className="muted small tb-note" data-testid="lq-note">
              {t('tables.lq.note')}
              {data.excluded > 0 && ` ${t('tables.lq.excluded', { count: data.excluded })}`}
              {measure === 'workers' && data.workers_missing > 0 && ` ${t('tables.lq.workersMissing', { count: data.workers_missing })}`}
            </p>
            <div className="tb-sentra-head">
              <h3 className="subheading">{t('tables.sentra.title')}</h3>
              <label className="filter filter-inline">
                <span>{t('tables.sentra.minCount')}</span>
                <select value={minCount ?? data.sentra_rule.min_count} onChange={(e) => setMinCount(Number(e.target.value))} data-testid="sentra-min-count">
                  {[...new Set([...SENTRA_MIN_COUNTS, data.sentra_rule.min_count])].sort((a, b) => a - b).map((n) => <option key={n} value={n}>{n}</option>)}
                </select>
              </label>
            </div>
            <p className="muted small tb-note">{t('tables.sentra.rule', { count: data.sentra_rule.min_count, lq: formatDecimal(data.sentra_rule.min_lq) })}</p>
            <SentraTable rows={data.sentra} />
          </>
        )}
      </div>
    </section>
  );
}

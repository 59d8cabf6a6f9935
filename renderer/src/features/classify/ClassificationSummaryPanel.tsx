import { useState, type ReactNode } from 'react';
import type { ClassificationSummary, LabelledCount } from '../../../../shared/classify/classification-types';
import { SIZE_CLASSES, type SizeClass } from '../../../../shared/classify/size-rules';
import { formatCount, formatShare } from '../../components/format';
import { describeRuleSet } from '../../../../shared/classify/settings';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { bandLabel, criterionLabel, groupLabel, sizeClassLabel } from './classify-labels';

function isSizeClass(code: string): code is SizeClass {
  return (SIZE_CLASSES as readonly string[]).includes(code);
}

/** A small count table with a share bar per row (the bar is decoration: the share is written out). */
function CountTable({ rows, label, testId }: { rows: LabelledCount[]; label: (row: LabelledCount) => ReactNode; testId: string }) {
  return (
    <table className="cls-counts" data-testid={testId}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} data-testid={`${testId}-row`} data-code={row.code} data-value={row.count}>
            <th scope="row">{label(row)}</th>
            <td className="num">{formatCount(row.count)}</td>
            <td className="num muted">{formatShare(row.share)}</td>
            <td className="cls-bar-cell" aria-hidden="true">
              <span className="cls-bar" style={{ width: `${Math.max(row.share * 100, row.count > 0 ? 1 : 0)}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The counts of the round's classification: size class, bidang, jenis-usaha group and turnover band. */
export function ClassificationSummaryPanel({ summary, busy }: { summary: ClassificationSummary; busy: boolean }) {
  const t = useT();
  const { lang } = useLanguage();
  const [period, setPeriod] = useState<'tahun' | 'bulan'>('tahun');
  const sectorName = (code: string) =>
    code === 'perdagangan' || code === 'industri' || code === 'jasa' ? t(`data.sector.${code}` as const) : t('classify.unknown');
  const criteria = (Object.entries(summary.criteria) as Array<[keyof ClassificationSummary['criteria'], number]>).filter(([, n]) => n > 0);

  return (
    <section className="panel cls-summary" data-testid="classify-summary" aria-busy={busy} data-rule-set={summary.rule_set} data-computed-at={summary.computed_at}>
      <header className="panel-header">
        <h2 className="panel-title">{t('classify.summary.title', { count: summary.businesses })}</h2>
        <span className="muted small" data-testid="classify-summary-rule">{t('classify.summary.rule', { rule: describeRuleSet(summary.rule, lang) })}</span>
      </header>
      <div className="panel-body cls-summary-grid">
        <div className="cls-card cls-card-size">
          <h3 className="subheading">{t('classify.summary.size')}</h3>
          <CountTable rows={summary.size_rows} testId="size-counts" label={(r) => (isSizeClass(r.code) ? sizeClassLabel(t, r.code) : r.label)} />
          <ul className="cls-facts small">
            <li data-testid="classify-criteria">
              {t('classify.summary.criteria')}{' '}
              {criteria.map(([code, n], i) => (
                <span key={code}>{i > 0 ? ' · ' : ''}{criterionLabel(t, code)} {formatCount(n)}</span>
              ))}
            </li>
            <li data-testid="classify-conflicts" data-value={summary.conflicts}>{t('classify.summary.conflicts', { count: summary.conflicts })}</li>
            <li data-testid="classify-above-micro" data-value={summary.above_micro}>{t('classify.summary.aboveMicro', { count: summary.above_micro })}</li>
          </ul>
        </div>
        <div className="cls-card">
          <h3 className="subheading">{t('classify.summary.sector')}</h3>
          <CountTable rows={summary.sector_rows.filter((r) => r.code !== 'tidak_diketahui' || r.count > 0)} testId="sector-counts" label={(r) => sectorName(r.code)} />
          <h3 className="subheading">{t('classify.summary.jenis')}</h3>
          <CountTable rows={summary.jenis_rows} testId="jenis-counts" label={(r) => groupLabel(t, r.code)} />
          <p className="muted small cls-facts" data-testid="classify-unclassified" data-value={summary.unclassified}>
            {t('classify.summary.unclassified', { count: summary.unclassified, empty: summary.jenis_empty })}
          </p>
        </div>
        <div className="cls-card">
          <div className="cls-card-head">
            <h3 className="subheading">{t('classify.summary.band')}</h3>
            <div className="segmented" role="group">
              {(['tahun', 'bulan'] as const).map((p) => (
                <button key={p} type="button" className={`segmented-item${p === period ? ' segmented-item-active' : ''}`} aria-pressed={p === period} onClick={() => setPeriod(p)} data-testid={`band-period-${p}`}>
                  {t(p === 'tahun' ? 'classify.band.yearly' : 'classify.band.monthly')}
                </button>
              ))}
            </div>
          </div>
          <CountTable
            rows={summary.band_rows}
            testId="band-counts"
            label={(r) => {
              const band = summary.band_rows.find((b) => b.code === r.code);
              return band && r.code !== 'unknown' ? bandLabel(t, band.lower, band.upper, period, false) : t('classify.band.unknown');
            }}
          />
        </div>
      </div>
    </section>
  );
}

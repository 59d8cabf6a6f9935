import { useState } from 'react';
import { buildBands, formatRupiahShort, type BandConfig } from '../../../../shared/classify/turnover-bands';
import { parseMoney } from '../../../../shared/parse/parse-money';
import { formatCount } from '../../components/format';
import { useT } from '../../i18n/I18nProvider';
import { bandLabel } from './classify-labels';

const MAX_BOUNDS = 12;
const QUANTILE_COUNTS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** An upper bound as typed: `15.000.000`, `15 jt`, `2 M` (miliar) all read as Rupiah per year. */
function readBound(text: string): number | null {
  const parsed = parseMoney(text.trim());
  return parsed.problem === null && parsed.value !== null && parsed.value > 0 ? parsed.value : null;
}

/** Checks the typed bounds: each readable and larger than the one before. Returns the bounds or a problem. */
function readBounds(texts: readonly string[]): { upper: number[] } | { problem: 'unreadable' | 'order'; row: number } {
  const upper: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const v = readBound(texts[i] ?? '');
    if (v === null) return { problem: 'unreadable', row: i + 1 };
    if (i > 0 && v <= (upper[i - 1] as number)) return { problem: 'order', row: i + 1 };
    upper.push(v);
  }
  return { upper };
}

/**
 * Turnover bands: fixed inclusive upper bounds (Rupiah per year; the monthly equivalent is shown) or
 * quantile bands. Reports `null` while the typed bounds are not usable, so "Terapkan" stays disabled.
 */
export function BandsEditor({ initial, onChange }: { initial: BandConfig; onChange: (config: BandConfig | null) => void }) {
  const t = useT();
  const [mode, setMode] = useState<BandConfig['mode']>(initial.mode);
  const [texts, setTexts] = useState<string[]>(() => (initial.mode === 'fixed' ? initial.upper.map(formatCount) : ['15.000.000', '50.000.000', '300.000.000', '2.000.000.000']));
  const [count, setCount] = useState(initial.mode === 'quantile' ? initial.count : 4);

  const read = readBounds(texts);
  const preview = 'upper' in read ? buildBands(read.upper) : [];

  function emit(nextMode: BandConfig['mode'], nextTexts: string[], nextCount: number) {
    if (nextMode === 'quantile') return onChange({ mode: 'quantile', count: nextCount });
    const r = readBounds(nextTexts);
    onChange('upper' in r && r.upper.length > 0 ? { mode: 'fixed', upper: r.upper } : null);
  }
  function changeMode(next: BandConfig['mode']) {
    setMode(next);
    emit(next, texts, count);
  }
  function changeText(index: number, value: string) {
    const next = texts.map((old, i) => (i === index ? value : old));
    setTexts(next);
    emit(mode, next, count);
  }
  function removeRow(index: number) {
    const next = texts.filter((_, i) => i !== index);
    setTexts(next);
    emit(mode, next, count);
  }
  function addRow() {
    const last = 'upper' in read ? read.upper[read.upper.length - 1] : undefined;
    const next = [...texts, last ? formatCount(last * 5) : ''];
    setTexts(next);
    emit(mode, next, count);
  }
  function tidyRow(index: number) {
    const v = readBound(texts[index] ?? '');
    if (v !== null) setTexts((old) => old.map((text, i) => (i === index ? formatCount(v) : text)));
  }

  return (
    <fieldset className="cls-fieldset" data-testid="bands-editor">
      <legend>{t('classify.bands.title')}</legend>
      <div className="cls-radio-row" role="radiogroup">
        {(['fixed', 'quantile'] as const).map((m) => (
          <label key={m} className="cls-radio">
            <input type="radio" name="band-mode" value={m} checked={mode === m} onChange={() => changeMode(m)} data-testid={`band-mode-${m}`} />
            {t(m === 'fixed' ? 'classify.bands.fixed' : 'classify.bands.quantile')}
          </label>
        ))}
      </div>
      {mode === 'quantile' ? (
        <label className="cls-inline-field">
          <span>{t('classify.bands.count')}</span>
          <select value={count} onChange={(e) => { const c = Number(e.target.value); setCount(c); emit(mode, texts, c); }} data-testid="band-quantile-count">
            {QUANTILE_COUNTS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
          <span className="muted small">{t('classify.bands.quantileHint')}</span>
        </label>
      ) : (
        <>
          <p className="muted small cls-hint">{t('classify.bands.fixedHint')}</p>
          <ol className="cls-bounds">
            {texts.map((text, i) => {
              const v = readBound(text);
              return (
                <li key={i} className="cls-bound">
                  <label className="cls-bound-label" htmlFor={`band-bound-${i}`}>{t('classify.bands.upper', { n: i + 1 })}</label>
                  <input
                    id={`band-bound-${i}`}
                    className={v === null ? 'cls-invalid' : undefined}
                    value={text}
                    inputMode="numeric"
                    aria-invalid={v === null}
                    onChange={(e) => changeText(i, e.target.value)}
                    onBlur={() => tidyRow(i)}
                    data-testid="band-bound"
                  />
                  <span className="muted small cls-bound-month">{v === null ? '' : t('classify.bands.monthly', { value: formatRupiahShort(Math.round(v / 12)) })}</span>
                  <button type="button" className="button button-small" onClick={() => removeRow(i)} disabled={texts.length <= 1} aria-label={t('classify.bands.remove', { n: i + 1 })}>×</button>
                </li>
              );
            })}
          </ol>
          <button type="button" className="button button-small" onClick={addRow} disabled={texts.length >= MAX_BOUNDS} data-testid="band-add">{t('classify.bands.add')}</button>
          {'problem' in read ? (
            <p className="cls-problem" role="alert" data-testid="bands-problem">
              {t(read.problem === 'order' ? 'classify.bands.problemOrder' : 'classify.bands.problemUnreadable', { row: read.row })}
            </p>
          ) : (
            <ul className="cls-band-preview small" data-testid="bands-preview">
              {preview.map((b) => (
                <li key={b.code}>{bandLabel(t, b.lower, b.upper, 'tahun')} <span className="muted">({bandLabel(t, b.lower, b.upper, 'bulan')})</span></li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}

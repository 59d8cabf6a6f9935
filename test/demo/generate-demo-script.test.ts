import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSurveyCsv } from '../../services/demo/generate-survey';

const dir = mkdtempSync(join(tmpdir(), 'peta-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

describe('scripts/generate-demo.ts', () => {
  it('writes the same CSV as generateSurveyCsv and prints a one-line JSON summary', () => {
    const out = join(dir, 'demo.csv');
    const stdout = execFileSync(tsx, ['scripts/generate-demo.ts', '--count', '1200', '--seed', '42', '--out', out], { encoding: 'utf8' });
    expect(readFileSync(out, 'utf8')).toBe(generateSurveyCsv({ count: 1200, seed: 42 }));
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0] ?? '') as { rows: number; seed: number; messes: { nikApostrophe: number } };
    expect(summary.rows).toBe(1200);
    expect(summary.seed).toBe(42);
    expect(summary.messes.nikApostrophe).toBe(12);
  }, 30_000);

  it('refuses to run without --out', () => {
    expect(() => execFileSync(tsx, ['scripts/generate-demo.ts', '--count', '10'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/--out/);
  }, 30_000);
});

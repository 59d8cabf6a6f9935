/**
 * Writes the synthetic demo survey as CSV.
 *
 *   tsx scripts/generate-demo.ts [--count N] [--seed S] --out FILE.csv
 *
 * Defaults give the Kota Pasuruan demo (12,730 rows); `--count 421000` gives a Kabupaten
 * Malang-sized file for benchmarks. The file is written in chunks, so size is bounded by disk,
 * not memory. Prints one JSON line with the planned counts (no personal data) to stdout.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createSurveyPlan, generateSurveyCsvChunks, summarizeSurvey } from '../services/demo/generate-survey';

function parseWholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new Error(`--${name} harus bilangan bulat ≥ 0, bukan "${text}"`);
  return Number(text);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  if (!values.out) throw new Error('Pemakaian: tsx scripts/generate-demo.ts [--count N] [--seed S] --out FILE.csv');
  const started = Date.now();
  const plan = createSurveyPlan({ count: parseWholeNumber('count', values.count), seed: parseWholeNumber('seed', values.seed) });

  const out = createWriteStream(values.out, { encoding: 'utf8' });
  let bytes = 0;
  for (const chunk of generateSurveyCsvChunks(plan)) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');

  const summary = summarizeSurvey(plan);
  process.stdout.write(`${JSON.stringify({ out: values.out, bytes, ms: Date.now() - started, ...summary })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

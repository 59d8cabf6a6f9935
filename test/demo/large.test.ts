import { describe, expect, it } from 'vitest';
import { createSurveyPlan, generateSurveyRows, summarizeSurvey } from '../../services/demo/generate-survey';

describe('a Kabupaten Malang-sized survey', () => {
  it('generates 421,000 rows of 24 cells', () => {
    const plan = createSurveyPlan({ count: 421_000 });
    let rows = 0;
    let badWidth = 0;
    for (const cells of generateSurveyRows(plan)) {
      rows++;
      if (cells.length !== 24) badWidth++;
    }
    expect(rows).toBe(421_000);
    expect(badWidth).toBe(0);
    const summary = summarizeSurvey(plan);
    expect(summary.bySource.data_dinas + summary.bySource.temuan_lapangan).toBe(421_000);
    expect(summary.messes.nikApostrophe).toBe(4_210);
  }, 60_000);
});

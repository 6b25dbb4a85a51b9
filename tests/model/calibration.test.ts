// Calibration of the generated muscles against real-anatomy measurements (the committed fixture
// tests/model/fixtures/reference-muscles.json, CC BY-SA 4.0 attribution inside): centroid distance
// after the documented vertical registration, and agreement with the committed report.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBodyGlb, type BodyGlb } from '../../scripts/lib/body-glb';
import { compareMuscles, median, type RefEntry, type Row } from '../../scripts/model/calibration/compare';
import { EXPLAINED, FIXTURE, reportMarkdown } from '../../scripts/model/calibration/report';

const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { attribution: string; muscles: RefEntry[] };
let body: BodyGlb;
let rows: Row[];
beforeAll(async () => {
  body = await readBodyGlb('public/models/body.glb');
  rows = compareMuscles(body.muscles, fixture.muscles);
});

describe('calibration against the reference table', () => {
  it('keeps the attribution of the reference data', () => {
    expect(fixture.attribution).toMatch(/Z-Anatomy/);
    expect(fixture.attribution).toMatch(/CC BY-SA 4\.0/);
  });

  it('has a median centroid distance of at most 2.5 cm and none over 6 cm', () => {
    expect(median(rows.map((r) => r.distance))).toBeLessThanOrEqual(0.025);
    for (const r of rows) expect(r.distance, r.id).toBeLessThanOrEqual(0.06);
  });

  it('explains every muscle left more than 4 cm off', () => {
    for (const r of rows.filter((x) => x.distance > 0.04)) expect(EXPLAINED[r.id], r.id).toBeDefined();
  });

  it('matches the committed docs/model-calibration.md', () => {
    expect(readFileSync('docs/model-calibration.md', 'utf8')).toBe(reportMarkdown(rows));
  });
});

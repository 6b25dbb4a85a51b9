import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/domain/load';
import { formatIssue } from '../../src/domain/issues';
import { brokenFixture, fixtureFiles } from '../support/fixture';

const MUSCLE = 'muscles/upper-trapezius.json';

function issuesOf(files: ReturnType<typeof fixtureFiles>) {
  const result = loadAtlas(files);
  if (result.ok) throw new Error('expected the data to be rejected');
  return result.issues;
}

describe('loadAtlas', () => {
  it('accepts valid data and builds both sides of every trigger point', () => {
    const result = loadAtlas(fixtureFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.atlas.muscles.map((m) => m.id)).toEqual(['upper-trapezius']);
    expect(result.atlas.instances.map((i) => i.key)).toEqual([
      'upper-trapezius-1:right',
      'upper-trapezius-1:left',
    ]);
  });

  it('names file, path and problem for a malformed position', () => {
    const issues = issuesOf(
      brokenFixture(MUSCLE, (m) => (m.triggerPoints[0].position = [0.1, 1.2])),
    );
    expect(issues).toEqual([
      { file: MUSCLE, path: 'triggerPoints[0].position', message: 'expected 3 numbers [x, y, z]' },
    ]);
    expect(formatIssue(issues[0]!)).toBe(
      `${MUSCLE}  triggerPoints[0].position: expected 3 numbers [x, y, z]`,
    );
  });

  it('rejects a missing reading level', () => {
    const issues = issuesOf(
      brokenFixture(MUSCLE, (m) => delete m.triggerPoints[0].symptoms.clinical),
    );
    expect(issues[0]?.path).toBe('triggerPoints[0].symptoms.clinical');
  });

  it('rejects unknown region, landmark and source ids', () => {
    const issues = issuesOf(
      brokenFixture(MUSCLE, (m) => {
        m.triggerPoints[0].referral.essential.regions.push('nowhere');
        m.triggerPoints[0].referral.spillover.shapes = [
          { kind: 'sphere', center: { landmark: 'moon' }, radius: 0.02 },
        ];
        m.sources[0].source = 'unknown-book';
      }),
    );
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'sources[0].source: unknown source id "unknown-book" (not in the sources files)',
      'triggerPoints[0].referral.essential.regions[2]: unknown region id "nowhere"',
      'triggerPoints[0].referral.spillover.shapes[0].center.landmark: unknown landmark id "moon"',
    ]);
  });

  it('rejects duplicate ids across files', () => {
    const files = fixtureFiles();
    const copy = structuredClone(files[MUSCLE]) as { id: string };
    const issues = issuesOf({ ...files, 'muscles/copy.json': copy });
    expect(issues.some((i) => i.message.startsWith('duplicate muscle id "upper-trapezius"'))).toBe(
      true,
    );
    expect(
      issues.some((i) => i.message.startsWith('duplicate trigger point id "upper-trapezius-1"')),
    ).toBe(true);
    expect(
      issues.some(
        (i) => i.file === 'muscles/copy.json' && i.path === 'id' && i.message.includes('file name'),
      ),
    ).toBe(true);
  });

  it('rejects left-side authoring and positions off the body', () => {
    const left = issuesOf(
      brokenFixture(MUSCLE, (m) => (m.triggerPoints[0].position = [0.1, 1.45, -0.03])),
    );
    expect(left[0]?.message).toMatch(/right side/);
    const off = issuesOf(
      brokenFixture(MUSCLE, (m) => (m.triggerPoints[0].position = [-0.1, 2.4, -0.03])),
    );
    expect(off[0]?.message).toMatch(/off the body/);
  });

  it('requires a non-empty essential zone', () => {
    const issues = issuesOf(
      brokenFixture(
        MUSCLE,
        (m) => (m.triggerPoints[0].referral.essential = { regions: [], shapes: [] }),
      ),
    );
    expect(issues).toEqual([
      {
        file: MUSCLE,
        path: 'triggerPoints[0].referral.essential',
        message: 'the essential zone is empty: name at least one region or shape',
      },
    ]);
  });

  it('requires at least one source per trigger point', () => {
    const issues = issuesOf(brokenFixture(MUSCLE, (m) => (m.triggerPoints[0].sources = [])));
    expect(issues).toEqual([
      {
        file: MUSCLE,
        path: 'triggerPoints[0].sources',
        message: 'at least one source is required',
      },
    ]);
  });

  it('rejects text over the length limit and unknown fields', () => {
    const issues = issuesOf(
      brokenFixture(MUSCLE, (m) => {
        m.triggerPoints[0].location.patient = 'x'.repeat(1000);
        m.triggerPoints[0].colour = 'red';
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      'triggerPoints[0]',
      'triggerPoints[0].location.patient',
    ]);
  });
});

describe('copy-paste check', () => {
  /** A second muscle whose every text is unique, so only what a test plants is shared. */
  function uniqueCopy(id: string): any {
    let n = 0;
    const rewrite = (v: any): any => {
      if (
        v &&
        typeof v === 'object' &&
        typeof v.patient === 'string' &&
        typeof v.clinical === 'string'
      ) {
        n++;
        return {
          patient: `Plain words number ${n} written only for this test.`,
          clinical: `Clinical words number ${n} written only for this test.`,
        };
      }
      if (Array.isArray(v)) return v.map(rewrite);
      if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x)]));
      return v;
    };
    const copy = rewrite(structuredClone(fixtureFiles()[MUSCLE]));
    copy.id = id;
    copy.triggerPoints[0].id = `${id}-1`;
    return copy;
  }

  it('accepts muscles that share only short phrases', () => {
    const copy = uniqueCopy('zz-muscle');
    copy.triggerPoints[0].mimics = {
      patient: 'Tension headache.',
      clinical: 'Tension-type headache.',
    };
    expect(loadAtlas({ ...fixtureFiles(), 'muscles/zz-muscle.json': copy }).ok).toBe(true);
  });

  it('rejects a long sentence repeated in another muscle, naming where', () => {
    const files = fixtureFiles();
    const copy = uniqueCopy('zz-muscle');
    copy.origin.clinical =
      'Superior nuchal line, external occipital protuberance and ligamentum nuchae.';
    const issues = issuesOf({ ...files, 'muscles/zz-muscle.json': copy });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'muscles/zz-muscle.json', path: 'origin.clinical' });
    expect(issues[0]!.message).toContain('muscles/upper-trapezius.json origin.clinical');
  });
});

describe('authoring checks', () => {
  it('can be skipped where only correctness matters (app start-up)', () => {
    const files = fixtureFiles();
    const copy = structuredClone(files[MUSCLE]) as any;
    copy.id = 'zz-copy';
    copy.triggerPoints[0].id = 'zz-copy-1';
    const both = { ...files, 'muscles/zz-copy.json': copy };
    expect(loadAtlas(both).ok).toBe(false);
    expect(loadAtlas(both, { authoringChecks: false }).ok).toBe(true);
  });
});

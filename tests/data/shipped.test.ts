/**
 * The shipped atlas: valid, cross-referenced, and consistent with the body model (trigger points
 * under the skin, landmarks on it, every zone touching it).
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/domain/load';
import { formatIssue } from '../../src/domain/issues';
import { checkAgainstSkin } from '../../src/domain/surface';
import { readDataDir } from '../../scripts/lib/data-files';
import { skinQuery } from '../../scripts/lib/skin-query';

const result = loadAtlas(readDataDir());

describe('shipped atlas data', () => {
  it('passes the schema and cross-reference checks', () => {
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('covers the body from head to foot with at least 12 muscles and 18 trigger points', () => {
    if (!result.ok) throw new Error('invalid data');
    const { atlas } = result;
    expect(atlas.muscles.length).toBeGreaterThanOrEqual(12);
    expect(atlas.triggerPointById.size).toBeGreaterThanOrEqual(18);
    const groups = new Set(atlas.muscles.map((m) => m.group));
    for (const group of ['head-face', 'neck', 'shoulder-upper-back', 'hip-pelvis', 'leg']) expect(groups).toContain(group);
  });

  it('cites a known source for every muscle and trigger point', () => {
    if (!result.ok) throw new Error('invalid data');
    for (const m of result.atlas.muscles) {
      expect(m.sources.length).toBeGreaterThan(0);
      for (const tp of m.triggerPoints) expect(tp.sources.length, tp.id).toBeGreaterThan(0);
    }
  });

  it('places trigger points under the skin, landmarks on it, and zones on it', async () => {
    if (!result.ok) throw new Error('invalid data');
    const issues = checkAgainstSkin(result.atlas, await skinQuery());
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

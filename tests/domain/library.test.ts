/** The domain as a library: the entry module works in plain node, as the README example shows. */
import { describe, expect, it } from 'vitest';
import * as atlasLib from '../../src/domain';
import { readDataDir } from '../../scripts/lib/data-files';

describe('library entry module', () => {
  it('runs the README example without React, three.js or a browser', () => {
    const result = atlasLib.loadAtlas(readDataDir());
    if (!result.ok) throw new Error(result.issues.map(atlasLib.formatIssue).join('\n'));
    const heel = atlasLib.landmarkMark(result.atlas, 'heel-plantar', 'right')!;
    expect(atlasLib.rankCandidates(result.atlas, [heel], 3)[0]?.instance.key).toBe(
      'soleus-1:right',
    );
  });

  it('exports only functions and values meant for use (no stray internals)', () => {
    expect(Object.keys(atlasLib).sort()).toEqual(
      [
        'AREA_SHARE',
        'PACK_LIMITS',
        'SIDES',
        'SPILLOVER_WEIGHT',
        'bundleFileSchema',
        'checkAgainstSkin',
        'classifyFile',
        'describeSummary',
        'educationFileSchema',
        'focusView',
        'formatIssue',
        'glossaryFileSchema',
        'inZone',
        'instanceKey',
        'landmarkMark',
        'landmarksFileSchema',
        'layPack',
        'linkTerms',
        'loadAtlas',
        'loadWithPack',
        'mirrorX',
        'muscleSchema',
        'nearestVertex',
        'packFileKey',
        'paintZones',
        'parseInstanceKey',
        'parsePack',
        'pointMark',
        'rankCandidates',
        'regionAnchorMark',
        'regionMark',
        'regionsFileSchema',
        'resolveShape',
        'shapeCoverage',
        'sourcesFileSchema',
        'summarizePack',
        'termMatcher',
        'toPainMarks',
        'zoneCoverage',
      ].sort(),
    );
  });
});

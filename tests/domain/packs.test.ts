/** Data packs laid over the atlas: reading files, keys, naming issues, counts, stored records. */
import { describe, expect, it } from 'vitest';
import {
  PACK_LIMITS,
  layPack,
  loadWithPack,
  locateMuscleIssues,
  packFileKey,
  parsePack,
  type PackInput,
  type ParsedPack,
} from '../../src/domain/packs';
import { describeSummary, packMuscleIds, summarizePack } from '../../src/domain/packSummary';
import { makePackRecord, packName, parsePackRecord } from '../../src/domain/packRecord';
import { fixtureFiles } from '../support/fixture';
import { appLoad, packMuscle } from '../support/packs';

const load = appLoad;

const input = (name: string, json: unknown): PackInput => ({ name, text: JSON.stringify(json) });

function parsed(inputs: PackInput[]): ParsedPack {
  const result = parsePack(inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.pack;
}

describe('packFileKey and layPack', () => {
  it('puts a file where its content says, as the CLI does', () => {
    expect(packFileKey('dir/pack-muscle.json', packMuscle())).toBe('muscles/pack-muscle.json');
    expect(packFileKey('clinic.json', { muscles: [] })).toBe('packs/clinic.json');
    expect(packFileKey('regions.json', { regions: [] })).toBe('regions.json');
    expect(packFileKey('glossary.json', { terms: [] })).toBe('glossary.json');
  });

  it('replaces files at the same key and adds the others', () => {
    const laid = layPack({ a: 1, b: 2 }, { b: 3, c: 4 });
    expect(laid).toEqual({ a: 1, b: 3, c: 4 });
  });
});

describe('loadWithPack', () => {
  it('adds a pack muscle and its trigger point to the atlas', () => {
    const pack = parsed([input('pack-muscle.json', packMuscle())]);
    const result = loadWithPack(fixtureFiles(), pack, load);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.atlas.triggerPointById.has('pack-muscle-1' as never)).toBe(true);
    expect(result.atlas.triggerPointById.has('upper-trapezius-1' as never)).toBe(true);
  });

  it('takes a bundle holding muscles, regions and sources', () => {
    const region = structuredClone(
      (fixtureFiles()['regions.json'] as { regions: Record<string, any>[] }).regions[0],
    )!;
    region.id = 'pack-region';
    const muscle = packMuscle();
    muscle.triggerPoints[0].referral.spillover.regions = ['pack-region'];
    const bundle = {
      about: 'A clinic pack',
      muscles: [muscle],
      regions: [region],
      sources: [{ id: 'clinic-notes', citation: 'Clinic teaching notes, 2026.', kind: 'web' }],
    };
    const pack = parsed([input('clinic.json', bundle)]);
    const result = loadWithPack(fixtureFiles(), pack, load);
    expect(result.ok).toBe(true);
    expect(packMuscleIds(pack.files)).toEqual(['pack-muscle']);
    expect(summarizePack(pack.files)).toEqual({
      muscles: 1,
      triggerPoints: 1,
      regions: 1,
      sources: 1,
      other: 0,
    });
  });

  it("names the user's file and the path for schema errors and unknown references", () => {
    const muscle = packMuscle();
    muscle.triggerPoints[0].position = [0.1, 1.2];
    const bundle = packMuscle('other-muscle');
    bundle.triggerPoints[0].referral.essential.regions = ['not-a-region'];
    const pack = parsed([
      input('mine.json', { ...muscle }),
      input('clinic.json', { muscles: [bundle] }),
    ]);
    expect(pack.names).toEqual({
      'muscles/mine.json': 'mine.json',
      'packs/clinic.json': 'clinic.json',
    });
    const result = loadWithPack(fixtureFiles(), pack, load);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual({
      file: 'mine.json',
      path: 'triggerPoints[0].position',
      message: 'expected 3 numbers [x, y, z]',
    });
  });

  it('reports an unknown region and a duplicate id, naming the pack file', () => {
    const bad = packMuscle();
    bad.triggerPoints[0].referral.essential.regions = ['not-a-region'];
    const dup = packMuscle('upper-trapezius');
    dup.triggerPoints[0].id = 'upper-trapezius-9';
    const result = loadWithPack(
      fixtureFiles(),
      parsed([input('clinic.json', { muscles: [bad, dup] })]),
      load,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
    expect(lines.join('\n')).toMatch(
      /^clinic\.json muscles\[0\]\.triggerPoints\[0\].*not-a-region/m,
    );
    expect(lines.join('\n')).toMatch(
      /^clinic\.json muscles\[1\]\.id: duplicate muscle id "upper-trapezius"/m,
    );
  });

  it('marks issues in shipped files that the pack broke', () => {
    // Replacing the regions file removes regions the shipped muscle refers to.
    const pack = parsed([input('regions.json', { regions: [] })]);
    const result = loadWithPack(fixtureFiles(), pack, load);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.file).toBe('muscles/upper-trapezius.json (shipped data)');
  });
});

describe('parsePack', () => {
  const problems = (inputs: PackInput[]) => {
    const result = parsePack(inputs);
    return result.ok ? [] : result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
  };

  it('reports text that is not JSON, with the parser message', () => {
    expect(problems([{ name: 'broken.json', text: '{ "muscles": [' }])).toEqual([
      expect.stringMatching(/^broken\.json : not valid JSON \(.+\)$/),
    ]);
  });

  it('reports files that are not .json, not objects, or of no known kind', () => {
    expect(problems([{ name: 'notes.txt', text: '{}' }])[0]).toMatch(/not a \.json file/);
    expect(problems([input('list.json', [1, 2])])[0]).toMatch(/top level is not an object/);
    expect(problems([input('odd.json', { hello: 1 })])[0]).toMatch(/unknown kind of file/);
  });

  it('reports every bad file at once, and two files of the same kind', () => {
    const result = problems([
      { name: 'a.json', text: 'nope' },
      input('regions.json', { regions: [] }),
      input('regions.json', { regions: [] }),
    ]);
    expect(result).toHaveLength(2);
    expect(result[1]).toMatch(/same kind of file as regions\.json/);
  });

  it('refuses files and packs that are too large or too many', () => {
    const big = 'x'.repeat(PACK_LIMITS.fileBytes + 1);
    expect(problems([{ name: 'big.json', text: big }])[0]).toMatch(
      /big\.json : the file is 1\.0 MB/,
    );
    const many = Array.from({ length: PACK_LIMITS.files + 1 }, (_, i) => input(`f${i}.json`, {}));
    expect(problems(many)[0]).toMatch(/at most 40/);
    expect(problems([])[0]).toMatch(/no files/);
  });
});

describe('pack summary', () => {
  it('says what a pack brings in words', () => {
    expect(
      describeSummary({ muscles: 1, triggerPoints: 2, regions: 0, sources: 1, other: 0 }),
    ).toBe('1 muscle, 2 trigger points, 1 source');
    expect(
      describeSummary({ muscles: 0, triggerPoints: 0, regions: 0, sources: 0, other: 0 }),
    ).toBe('no entries');
  });
});

describe('stored pack records', () => {
  const files = [input('clinic.json', { muscles: [] })];

  it('round-trips a record and names it after its file', () => {
    const record = makePackRecord(files, new Date('2026-11-25T10:00:00Z'));
    expect(record.name).toBe('clinic');
    const parsedRecord = parsePackRecord(JSON.stringify(record));
    expect(parsedRecord).toEqual({ ok: true, record });
    expect(packName([...files, input('b.json', {})])).toBe('clinic and 1 more');
  });

  it('reports a damaged record as issues, never throwing', () => {
    const notJson = parsePackRecord('{"version":1,');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.issues[0]?.message).toMatch(/not valid JSON/);
    const wrong = parsePackRecord(
      JSON.stringify({ version: 1, name: 'x', importedAt: '', files: [{ name: 3 }] }),
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.issues.map((i) => i.path)).toContain('files[0].name');
  });
});

describe('issues about a pack muscle', () => {
  it('are moved to the muscle in the pack: its own file or its place in a bundle', () => {
    const own = packMuscle('own');
    const parsed = parsePack([
      input('own.json', own),
      input('clinic.json', { muscles: [packMuscle('first'), packMuscle('second')] }),
    ]);
    if (!parsed.ok) throw new Error('the pack should parse');
    const issue = (id: string) => ({
      file: `muscles/${id}.json`,
      path: 'triggerPoints[0].position',
      message: 'outside',
    });
    expect(
      locateMuscleIssues([issue('own'), issue('second'), issue('upper-trapezius')], parsed.pack),
    ).toEqual([
      { file: 'own.json', path: 'triggerPoints[0].position', message: 'outside' },
      { file: 'clinic.json', path: 'muscles[1].triggerPoints[0].position', message: 'outside' },
      issue('upper-trapezius'),
    ]);
  });
});

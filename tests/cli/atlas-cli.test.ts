/** The atlas CLI as content maintainers and scripts use it: output shape and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function atlas(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/atlas/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempPack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tpa-pack-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('atlas CLI', () => {
  it('validates the shipped data: exit 0 and a one-line summary', () => {
    const r = atlas('validate');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^ok: \d+ muscles, \d+ trigger points, \d+ regions, \d+ landmarks/);
    expect(r.code).toBe(0);
  });

  it('prints stats as JSON', () => {
    const r = atlas('stats');
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout) as Record<string, number>;
    for (const key of ['muscles', 'triggerPoints', 'regions', 'landmarks'])
      expect(stats[key]).toBeGreaterThan(0);
  });

  it('reports one line per problem in a pack, naming file and path, with exit 1', () => {
    const fixture = resolve(ROOT, 'tests/fixtures/mini-atlas/muscles/upper-trapezius.json');
    const muscle = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, any>;
    muscle.id = 'pack-muscle';
    muscle.triggerPoints[0].id = 'pack-muscle-1';
    muscle.triggerPoints[0].position = [0.1, 1.2];
    muscle.triggerPoints[0].referral.essential.regions = ['not-a-region'];
    const dir = tempPack({ 'muscles/pack-muscle.json': JSON.stringify(muscle) });
    const r = atlas('validate', dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${dir} → muscles/pack-muscle.json  triggerPoints[0].position: expected 3 numbers [x, y, z]`,
    ]);
  });

  it('validates the documented example pack (docs/examples) over the shipped data', () => {
    const r = atlas('validate', 'docs/examples/palmaris-longus-pack.json');
    expect(r.stdout).toMatch(/^ok: /);
    expect(r.code).toBe(0);
  });

  it('exits 2 for unreadable or non-JSON input and unknown commands', () => {
    const dir = tempPack({ 'broken.json': '{ "muscles": [' });
    expect(atlas('validate', join(dir, 'broken.json')).code).toBe(2);
    const missing = atlas('validate', join(dir, 'missing.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect(atlas('frobnicate').code).toBe(2);
  });
});

describe('atlas where', () => {
  it('prints ranked candidates as JSON with the documented fields', () => {
    const r = atlas(
      'where',
      '--landmark',
      'temporal-fossa-center',
      '--landmark',
      'left:heel-plantar',
      '--point',
      '-0.09,0.02,-0.03',
      '--limit',
      '4',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { candidates: Record<string, unknown>[] };
    expect(out.candidates.length).toBeGreaterThan(0);
    expect(out.candidates.length).toBeLessThanOrEqual(4);
    for (const c of out.candidates) {
      expect(Object.keys(c).sort()).toEqual([
        'explains',
        'muscleId',
        'score',
        'side',
        'triggerPointId',
        'zone',
      ]);
      expect(['right', 'left']).toContain(c.side);
      expect(['essential', 'spillover']).toContain(c.zone);
    }
    const left = out.candidates.find((c) => c.side === 'left');
    expect(left?.explains).toEqual([1]);
  });

  it('exits 2 naming the bad argument', () => {
    const cases: [string[], RegExp][] = [
      [['--point', '1,2'], /--point "1,2"/],
      [['--landmark', 'elbow-of-doom'], /--landmark "elbow-of-doom"/],
      [['--region', 'left:nowhere'], /--region "left:nowhere"/],
      [['--limit', '0', '--landmark', 'vertex'], /--limit "0"/],
      [['--colour', 'red'], /unknown argument "--colour"/],
      [[], /at least one/],
    ];
    for (const [args, message] of cases) {
      const r = atlas('where', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

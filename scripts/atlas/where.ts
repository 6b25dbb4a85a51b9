/**
 * `atlas -- where`: which trigger points refer pain to the given spots, best first, as JSON.
 *
 *   --point x,y,z     a spot in body-frame metres (either side; snapped to the skin)
 *   --landmark NAME   a landmark from data/landmarks.json; right side unless written left:NAME
 *   --region ID       a body-surface region; right side unless written left:ID
 *   --limit N         how many candidates (default 10)
 *
 * Inputs are numbered in the order given; `explains` lists the numbers each candidate covers.
 */
import type { Atlas } from '../../src/domain/catalogue';
import type { Side } from '../../src/domain/ids';
import { landmarkMark, pointMark, regionMark, type SkinArrays } from '../../src/domain/marks';
import { rankCandidates, type PainMark } from '../../src/domain/rank';

export class UsageError extends Error {}

type Input = { kind: 'point' | 'landmark' | 'region'; value: string };

export interface WhereArgs {
  readonly inputs: readonly Input[];
  readonly limit: number;
}

export function parseWhereArgs(argv: readonly string[]): WhereArgs {
  const inputs: Input[] = [];
  let limit = 10;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = argv[i + 1];
    if (!['--point', '--landmark', '--region', '--limit'].includes(flag))
      throw new UsageError(`unknown argument "${flag}"`);
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    i++;
    if (flag === '--limit') {
      if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new UsageError(`--limit "${value}" is not a positive whole number`);
      limit = Number(value);
    } else inputs.push({ kind: flag.slice(2) as Input['kind'], value });
  }
  if (inputs.length === 0)
    throw new UsageError('give at least one --point, --landmark or --region');
  return { inputs, limit };
}

function sided(value: string): { name: string; side: Side } {
  return value.startsWith('left:')
    ? { name: value.slice(5), side: 'left' }
    : { name: value.replace(/^right:/, ''), side: 'right' };
}

function toMark(input: Input, atlas: Atlas, skin: () => SkinArrays): PainMark {
  const arg = `--${input.kind} "${input.value}"`;
  switch (input.kind) {
    case 'point': {
      const nums = input.value.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
      const [x, y, z] = nums;
      if (
        nums.length !== 3 ||
        x === undefined ||
        y === undefined ||
        z === undefined ||
        nums.some((n) => !Number.isFinite(n))
      ) {
        throw new UsageError(`${arg}: expected three numbers x,y,z in metres`);
      }
      return pointMark([x, y, z], skin());
    }
    case 'landmark': {
      const { name, side } = sided(input.value);
      const mark = landmarkMark(atlas, name, side);
      if (!mark) throw new UsageError(`${arg}: unknown landmark (see data/landmarks.json)`);
      return mark;
    }
    case 'region': {
      const { name, side } = sided(input.value);
      const mark = atlas.regionById.has(name as never)
        ? regionMark(atlas, name, side, skin())
        : undefined;
      if (!mark) throw new UsageError(`${arg}: unknown region (see data/regions/)`);
      if (mark.samples.length === 0)
        throw new UsageError(`${arg}: the region does not touch the body model`);
      return mark;
    }
  }
}

/** The JSON `atlas -- where` prints. */
export function where(atlas: Atlas, args: WhereArgs, skin: () => SkinArrays) {
  const marks = args.inputs.map((input) => toMark(input, atlas, skin));
  return {
    candidates: rankCandidates(atlas, marks, args.limit).map((c) => ({
      muscleId: c.instance.muscle.id,
      triggerPointId: c.instance.triggerPoint.id,
      side: c.instance.side,
      zone: c.zone,
      score: Math.round(c.score * 1000) / 1000,
      explains: c.explains,
    })),
  };
}

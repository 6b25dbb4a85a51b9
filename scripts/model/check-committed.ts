/**
 * CI check: regenerates the body model into a temporary folder and fails (exit 1) if the
 * committed public/models/body.glb or data/landmarks.json differ from the fresh output, i.e. the
 * generator changed without `npm run model` being run and its outputs committed (or the output
 * is not deterministic). Usage: npx tsx scripts/model/check-committed.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateModel } from './generate';

const FILES = ['public/models/body.glb', 'data/landmarks.json'];

const main = async (): Promise<number> => {
  const dir = mkdtempSync(join(tmpdir(), 'tpa-model-'));
  try {
    await generateModel(dir);
    const stale = FILES.filter((f) => {
      let committed: Buffer;
      try {
        committed = readFileSync(f);
      } catch {
        return true;
      }
      return !committed.equals(readFileSync(join(dir, f)));
    });
    if (stale.length > 0) {
      console.error(`model check failed: ${stale.join(' and ')} differ from a fresh generation.`);
      console.error('Run `npm run model` and commit public/models/body.glb, data/landmarks.json and docs/model-calibration.md.');
      return 1;
    }
    console.log(`model check passed: ${FILES.join(' and ')} match a fresh generation byte for byte.`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

process.exit(await main());

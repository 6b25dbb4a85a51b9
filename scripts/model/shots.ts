/**
 * `npm run model:shots`: contact sheets of the committed body model for people to judge — whole
 * body from five directions with skin, with muscles, with muscles and bones, and bones alone, plus
 * close-ups (head, trunk, pelvis, arm, hand, knee, foot). Writes PNGs to test-results/model-shots/.
 *
 *   npm run model:shots                    every sheet
 *   npm run model:shots -- muscles-whole   only the sheets whose names contain the argument
 *   npm run model:shots -- muscles --hues  every muscle in its own hue (files end in -hues)
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';

const ROOT = resolve(import.meta.dirname, '../..');
// inside the checkout (not node_modules) so several checkouts sharing node_modules do not collide
const OUT_DIST = join(ROOT, 'test-results/.model-shots-dist');
const SHOTS = join(ROOT, 'test-results/model-shots');

const WHOLE = 'front,right,back,left,threequarter';
const SHEETS: { name: string; query: string; width: number; height: number }[] = [
  { name: 'skin-whole', query: `layers=skin&views=${WHOLE}`, width: 1600, height: 760 },
  { name: 'muscles-whole', query: `layers=muscles&views=${WHOLE}`, width: 1600, height: 760 },
  {
    name: 'muscles-bones-whole',
    query: `layers=muscles,bones&views=${WHOLE}`,
    width: 1600,
    height: 760,
  },
  { name: 'bones-whole', query: `layers=bones&views=${WHOLE}`, width: 1600, height: 760 },
  ...['head', 'trunk', 'pelvis', 'arm', 'hand', 'knee', 'foot'].flatMap((focus) =>
    ['skin', 'muscles', 'bones'].map((layers) => ({
      name: `${layers}-${focus}`,
      query: `layers=${layers}&focus=${focus}&views=front,right,back,threequarter`,
      width: 1400,
      height: 520,
    })),
  ),
];

const args = process.argv.slice(2);
const hues = args.includes('--hues');
const filter = args.find((a) => !a.startsWith('--'));
execSync(
  `npx vite build scripts/model/shots --outDir ${OUT_DIST}/shots --emptyOutDir --base ./ --logLevel warn`,
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
mkdirSync(join(OUT_DIST, 'models'), { recursive: true });
copyFileSync(join(ROOT, 'public/models/body.glb'), join(OUT_DIST, 'models/body.glb'));
mkdirSync(SHOTS, { recursive: true });

const server = await serveStatic(OUT_DIST);
const browser = await launchChromium();
try {
  for (const sheet of SHEETS.filter((s) => !filter || s.name.includes(filter))) {
    const page = await browser.newPage({ viewport: { width: sheet.width, height: sheet.height } });
    await page.goto(`${server.url}/shots/index.html?${sheet.query}${hues ? '&hues=1' : ''}`);
    await page.waitForFunction(() => window.__SHOT_READY__ === true, null, { timeout: 120_000 });
    const file = join(SHOTS, `${sheet.name}${hues ? '-hues' : ''}.png`);
    await page.screenshot({ path: file });
    await page.close();
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}

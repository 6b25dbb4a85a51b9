import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PWA_OPTIONS } from '../../scripts/lib/pwa';

const ROOT = resolve(import.meta.dirname, '../..');
const PUBLIC = resolve(ROOT, 'public');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const token = (name: string): string => {
  const css = readFileSync(resolve(ROOT, 'src/styles/tokens.css'), 'utf8');
  const match = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match?.[1]) throw new Error(`token ${name} not found`);
  return match[1].toLowerCase();
};

describe('the installable app (vite-plugin-pwa options)', () => {
  const manifest = PWA_OPTIONS.manifest;
  const workbox = PWA_OPTIONS.workbox;

  it('waits for the user before a new version takes over', () => {
    expect(PWA_OPTIONS.registerType).toBe('prompt');
    expect(workbox?.skipWaiting).not.toBe(true);
    // Registration comes from src/app, never from an injected inline script the CSP would block.
    expect(PWA_OPTIONS.injectRegister).toBe(false);
  });

  it('precaches the body model and caches nothing at run time', () => {
    expect(workbox?.globPatterns?.join(',')).toMatch(/glb/);
    const model = statSync(resolve(PUBLIC, 'models/body.glb')).size;
    expect(workbox?.maximumFileSizeToCacheInBytes ?? 0).toBeGreaterThan(model * 2);
    expect(workbox?.runtimeCaching ?? []).toEqual([]);
  });

  it('has a manifest Chrome accepts for installing, in the design’s colours', () => {
    if (!manifest) throw new Error('no manifest');
    expect(manifest.name).toBe('Trigger Point Atlas');
    expect(manifest.short_name?.length ?? 0).toBeLessThanOrEqual(12);
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toBe(token('--c-surface'));
    expect(manifest.background_color).toBe(token('--c-bg'));
    const pngs = (manifest.icons ?? []).filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of pngs) {
      const [w, h] = pngSize(resolve(PUBLIC, icon.src));
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
    for (const icon of manifest.icons ?? []) statSync(resolve(PUBLIC, icon.src));
  });
});

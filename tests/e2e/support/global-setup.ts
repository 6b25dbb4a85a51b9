/**
 * Serves the built app (dist/) on 127.0.0.1 for the browser tests. Build first: `npm run build`
 * (`npm run test:e2e` expects dist/ to exist and says so if it does not).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // E2E_DIST: test a build made elsewhere (e.g. `vite build --outDir`), so parallel builds do not collide.
  const dist = process.env['E2E_DIST'] ?? resolve(import.meta.dirname, '../../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e`.');
  }
  const server = await serveStatic(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}

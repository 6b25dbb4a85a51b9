/**
 * A Vite plugin that lists chunks the page will need at once as `<link rel="modulepreload">`
 * in index.html (production build only). The 3D view is a lazy chunk, so without this the
 * browser would only ask for it after the start-up script has run and React has rendered;
 * preloaded, it downloads and compiles while the start-up script does. Its own static imports
 * are listed too.
 */
import type { Plugin } from 'vite';

interface ChunkInfo {
  readonly type: 'chunk' | 'asset';
  readonly facadeModuleId?: string | null;
  readonly imports?: readonly string[];
  readonly fileName: string;
}

/** Files (in load order) of the chunk whose entry module path ends with `entry`, and its imports. */
export function chunkFiles(bundle: Readonly<Record<string, ChunkInfo>>, entry: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const root = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
  if (!root) throw new Error(`modulepreload: no chunk for ${entry}`);
  const files: string[] = [];
  const visit = (fileName: string) => {
    if (files.includes(fileName)) return;
    const chunk = bundle[fileName];
    for (const dep of chunk?.imports ?? []) visit(dep);
    files.push(fileName);
  };
  visit(root.fileName);
  return files;
}

/** Preload the chunks of these entry modules (paths relative to the project, e.g. `src/x.tsx`). */
export function preloadChunks(entries: readonly string[]): Plugin {
  return {
    name: 'tpa-preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const bundle = ctx.bundle as unknown as Record<string, ChunkInfo>;
        const files = new Set(entries.flatMap((entry) => chunkFiles(bundle, entry)));
        // Already loaded by the entry script's own <script>/<link> tags.
        for (const file of files) if (html.includes(file)) files.delete(file);
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

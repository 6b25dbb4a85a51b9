/**
 * The Content-Security-Policy of the built app, as a Vite plugin that puts a
 * `<meta http-equiv="Content-Security-Policy">` right after `<meta charset>` in the production
 * build only.
 * The dev server injects inline scripts (React refresh, the Vite client), so it runs without
 * the policy; the browser tests check the built app against it.
 *
 * Every directive allows the page's own origin at most: nothing may be loaded from elsewhere.
 * `'wasm-unsafe-eval'` is there because the meshopt decoder that unpacks the body model
 * instantiates WebAssembly from bytes bundled in the script. `frame-ancestors` cannot be set
 * from a meta tag (it needs a response header), so it is not listed. Styles need no
 * `'unsafe-inline'`: React applies `style` props through the CSSOM, which CSP does not restrict,
 * and nothing injects `<style>` elements. zod must run jitless (src/app/zodConfig.ts): its
 * probe for `new Function` would otherwise count as a violation.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data: blob:",
  'style-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
  'manifest-src': "'self'",
};

/** The policy as one header value: `default-src 'self'; script-src …`. */
export const contentSecurityPolicy = (directives = CSP_DIRECTIVES): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/**
 * index.html with the policy meta tag right after `<meta charset>`, so it governs every script,
 * style and link that follows. Throws when there is no charset tag rather than ship no policy.
 */
export function insertCspMeta(html: string, policy = contentSecurityPolicy()): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html has no <meta charset>: cannot place the CSP meta tag');
  const at = charset.index + charset[0].length;
  const tag = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.slice(0, at) + tag + html.slice(at);
}

/** Adds the policy to index.html in `vite build` (never in the dev server). */
export function cspMeta(policy = contentSecurityPolicy()): Plugin {
  return {
    name: 'tpa-csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => insertCspMeta(html, policy) },
  };
}

import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  cspMeta,
  CSP_DIRECTIVES,
  insertCspMeta,
} from '../../scripts/lib/csp';

describe('Content-Security-Policy', () => {
  it('allows the page’s own origin at most, and no inline or eval’d script', () => {
    const allowed = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:']);
    for (const [name, value] of Object.entries(CSP_DIRECTIVES)) {
      for (const source of value.split(/\s+/))
        expect(allowed, `${name} ${source}`).toContain(source);
    }
    expect(CSP_DIRECTIVES['default-src']).toBe("'self'");
    expect(CSP_DIRECTIVES['object-src']).toBe("'none'");
    expect(CSP_DIRECTIVES['form-action']).toBe("'none'");
    expect(CSP_DIRECTIVES['script-src']).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('is one header value with every directive', () => {
    const policy = contentSecurityPolicy();
    expect(policy.split('; ')).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; /);
  });

  it('is placed right after <meta charset>, before any script or stylesheet, in the build only', () => {
    const html =
      '<head>\n    <meta charset="UTF-8" />\n    <title>x</title>\n    <script type="module" src="./a.js"></script>\n</head>';
    const out = insertCspMeta(html);
    const meta = out.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(meta).toBeLessThan(out.indexOf('<title>'));
    expect(out).toContain(`content="${contentSecurityPolicy()}"`);
    expect(cspMeta().apply).toBe('build');
  });

  it('refuses an index.html without <meta charset> rather than emitting no policy', () => {
    expect(() => insertCspMeta('<head><title>x</title></head>')).toThrow(/meta charset/);
  });
});

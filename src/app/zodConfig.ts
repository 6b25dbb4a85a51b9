/**
 * Runs before anything parses: tells zod not to compile validators with `new Function`. The
 * app's Content-Security-Policy (scripts/lib/csp.ts) forbids eval, and zod's probe for it would
 * otherwise report a CSP violation on every start. Validation results are the same either way.
 */
import { z } from 'zod';

z.config({ jitless: true });

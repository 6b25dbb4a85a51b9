/**
 * An axe-core accessibility scan of the open page. axe is loaded from node_modules (a local
 * file, never the network) and run with the WCAG 2.0/2.1/2.2 A and AA rules; only serious and
 * critical violations are returned, each with the selectors of the offending nodes so a
 * failing test says exactly what to fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

interface AxeResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** Serious and critical WCAG A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // The app's Content-Security-Policy rightly blocks an injected <script> (addScriptTag), so the
  // local file is evaluated through the DevTools protocol, which page CSP does not govern.
  if (!injected) await page.evaluate(`${readFileSync(AXE_PATH, 'utf8')}\n;void 0`);
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } })
      .axe;
    return (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as unknown;
  }, TAGS);
  return (result as AxeResult).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: n.failureSummary ?? '',
      })),
    }));
}

/** One line per offending node, for assertion messages. */
export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target} — ${n.summary.replace(/\s+/g, ' ')}`).join('\n  ')}`,
    )
    .join('\n');

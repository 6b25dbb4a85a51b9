/**
 * Copy-paste detection across muscles: a sentence of eight or more words that appears in the
 * texts of two different muscles (at either reading level) is reported. Shared safety advice
 * must be rephrased for each muscle so it stays specific; short stock phrases are allowed.
 */
import type { AtlasIssue } from './issues';
import type { Muscle, Text } from './types';

const MIN_WORDS = 8;

interface Occurrence {
  readonly muscle: string;
  readonly path: string;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+/)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9 ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((s) => s.split(' ').length >= MIN_WORDS);
}

/** Every Text field of a muscle and its trigger points, with its JSON path. */
function* texts(muscle: Muscle): Generator<[string, Text]> {
  yield ['origin', muscle.origin];
  yield ['insertion', muscle.insertion];
  yield ['action', muscle.action];
  for (const [i, tp] of muscle.triggerPoints.entries()) {
    const at = `triggerPoints[${i}]`;
    const fields = [
      'location',
      'symptoms',
      'causes',
      'mimics',
      'selfCare',
      'exercises',
      'needling',
      'precautions',
    ] as const;
    for (const f of fields) {
      const value = tp[f];
      if (value) yield [`${at}.${f}`, value];
    }
    yield [`${at}.referral.description`, tp.referral.description];
  }
}

export function findDuplicateText(
  muscles: readonly { value: Muscle; file: string }[],
): AtlasIssue[] {
  const seen = new Map<string, Occurrence & { file: string }>();
  const issues: AtlasIssue[] = [];
  for (const { value: muscle, file } of muscles) {
    for (const [path, text] of texts(muscle)) {
      for (const level of ['patient', 'clinical'] as const) {
        for (const sentence of sentences(text[level])) {
          const first = seen.get(sentence);
          if (!first) seen.set(sentence, { muscle: muscle.id, path: `${path}.${level}`, file });
          else if (first.muscle !== muscle.id) {
            issues.push({
              file,
              path: `${path}.${level}`,
              message: `repeats a sentence of ${first.file} ${first.path} ("${sentence.slice(0, 60)}…"); write it for this muscle`,
            });
          }
        }
      }
    }
  }
  return issues;
}

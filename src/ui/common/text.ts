/**
 * Reading-level text: every explanatory string in the atlas exists as `{ patient, clinical }`.
 * Components pick one with `pick` and always render it as a React child (never as HTML).
 */
import type { ReadingLevel, Text } from '../../domain/types';

/** The text for the current reading level. */
export const pick = (text: Text, level: ReadingLevel): string => text[level];

/** A UI string written at both reading levels (the same shape as atlas text). */
export type Wording = Readonly<Record<ReadingLevel, string>>;

/** Human side label: "Right side" / "Left side". */
export const sideLabel = (side: 'right' | 'left'): string =>
  side === 'right' ? 'Right side' : 'Left side';

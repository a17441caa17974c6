// Types of the cleaning stage: boilerplate marker rules and the result of repeat removal.
import type { BlockKind } from '../../model/types.js';

/** The block kinds a start-of-paragraph marker can announce (see lexicons/<lang>/boilerplate.tsv). */
export type MarkerKind = Extract<BlockKind, 'related' | 'comments' | 'share' | 'byline'>;

export interface MarkerRule {
  pattern: RegExp;
  kind: MarkerKind;
  /** Applies only to paragraphs of at most SHORT_WORDS words. */
  shortOnly: boolean;
  /** File and line of the rule, for explanations. */
  source: string;
}

export interface DedupeResult {
  /** Indices (into the input) of the paragraphs kept, in order. */
  kept: number[];
  removed: number;
}

// The mention stage (find.ts): CleanDocument → Mention[], rules and the learned tagger combined.
export type { MentionContext, SentenceView } from './types.js';
export { findMentions, mentionContext, selectNonOverlapping, sentenceViews } from './find.js';

// Facts of a whole document that several rules ask for, many times (once per person or mention): computed
// once per document's relation context, kept as long as the context lives.
import type { RelationContext } from './types.js';

export function perDocument<T>(compute: (ctx: RelationContext) => T): (ctx: RelationContext) => T {
  const known = new WeakMap<RelationContext, { value: T }>();
  return (ctx) => {
    let entry = known.get(ctx);
    if (!entry) known.set(ctx, (entry = { value: compute(ctx) }));
    return entry.value;
  };
}

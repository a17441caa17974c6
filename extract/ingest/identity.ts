// Document identity within one build: the first document with an id keeps it; a later one with the same id is
// reported and left out, never merged into the first (its title, date and evidence would overwrite the first's).
import type { RawDocument, SkippedInput } from '../../model/types.js';

export class DocumentIds {
  /** id → source of the document that holds it. A Map: ids are data ("__proto__" is an id like any other). */
  private readonly holders = new Map<string, string>();

  /** Registers the document's id; when it is taken, the reason to skip the document instead. */
  claim(doc: RawDocument): SkippedInput | undefined {
    const holder = this.holders.get(doc.id);
    if (holder === undefined) {
      this.holders.set(doc.id, doc.source);
      return undefined;
    }
    return { source: doc.source, reason: `duplicates id "${doc.id}" of ${holder}: kept first` };
  }
}

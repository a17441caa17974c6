// Sends a curation decision ("this is wrong") to the viewer's server, which saves it beside graph.json
// (curation.jsonl) so build, export, load and serve apply it from then on.
import type { CurationDecision } from '../../../graph/curation.js';

export type CurationTarget =
  | { action: 'reject-edge'; type: string; source: string; target: string }
  | { action: 'reject-node'; node: string }
  | { action: 'reject-merge'; node: string; alias: string };

const CURATOR_KEY = 'tafahum.curator';

/** Whether the server can save decisions (it has an output directory). */
export async function curationEnabled(): Promise<boolean> {
  try {
    const response = await fetch('./api/curation', { cache: 'no-store' });
    return response.ok && ((await response.json()) as { enabled?: unknown }).enabled === true;
  } catch {
    return false;
  }
}

export function rememberedCurator(): string {
  try {
    return localStorage.getItem(CURATOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export async function sendDecision(target: CurationTarget, who: string, why: string): Promise<void> {
  try {
    localStorage.setItem(CURATOR_KEY, who);
  } catch {
    // Private windows may refuse storage: the name is asked again next time.
  }
  const decision = { ...target, who, why, when: new Date().toISOString() } as CurationDecision;
  const response = await fetch('./api/curation', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(decision) });
  if (!response.ok) throw new Error(`the server refused the decision (${response.status}): ${await response.text()}`);
}

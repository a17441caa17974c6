// Option parsing shared by commands; messages name the option so the user knows what to fix.
import { TafahumError } from '../../model/errors.js';

export function parseConfidence(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new TafahumError('E_USAGE', `${option} must be a number between 0 and 1, got "${value}"`);
  return n;
}

export function parseList(value: string | undefined): string[] | undefined {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
}

// Turns `--param k=v` flags into driver parameters: typed by the saved query's header when
// there is one, otherwise inferred (integers, decimals, true/false, else text).
import neo4j from 'neo4j-driver';
import { TafahumError } from '../model/errors.js';
import type { ParamType, SavedParam } from './types.js';

/** `["a=1", "b=x=y"]` → `{a: "1", b: "x=y"}`; the first `=` splits. */
export function parseParamFlags(flags: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flag of flags) {
    const at = flag.indexOf('=');
    const name = at > 0 ? flag.slice(0, at) : '';
    if (!/^[A-Za-z_]\w*$/.test(name)) {
      throw new TafahumError('E_USAGE', `--param expects name=value, got "${flag}"`);
    }
    out[name] = flag.slice(at + 1);
  }
  return out;
}

export function convertParam(name: string, raw: string, type: ParamType): unknown {
  switch (type) {
    case 'string':
      return raw;
    case 'int':
      if (!/^-?\d+$/.test(raw)) throw new TafahumError('E_USAGE', `parameter ${name} must be an integer, got "${raw}"`);
      return neo4j.int(raw);
    case 'float': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) throw new TafahumError('E_USAGE', `parameter ${name} must be a number, got "${raw}"`);
      return value;
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') throw new TafahumError('E_USAGE', `parameter ${name} must be true or false, got "${raw}"`);
      return raw === 'true';
  }
}

export function inferParamType(raw: string): ParamType {
  if (/^-?\d{1,15}$/.test(raw)) return 'int';
  if (/^-?\d+\.\d+$/.test(raw)) return 'float';
  if (raw === 'true' || raw === 'false') return 'boolean';
  return 'string';
}

/** Parameters of a saved query: declared ones typed and defaulted, unknown names refused. */
export function savedQueryParams(declared: readonly SavedParam[], given: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(given)) {
    if (!declared.some((p) => p.name === name)) {
      const known = declared.map((p) => p.name).join(', ') || 'none';
      throw new TafahumError('E_USAGE', `unknown parameter "${name}"`, `This query takes: ${known}.`);
    }
  }
  for (const param of declared) {
    const raw = given[param.name] ?? param.default;
    if (raw === undefined) {
      throw new TafahumError('E_USAGE', `missing parameter "${param.name}" (${param.description})`, `Add --param ${param.name}=<${param.type}>.`);
    }
    out[param.name] = convertParam(param.name, raw, param.type);
  }
  return out;
}

export function adHocParams(given: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(given).map(([name, raw]) => [name, convertParam(name, raw, inferParamType(raw))]));
}

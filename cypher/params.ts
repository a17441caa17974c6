// Turns `--param k=v` flags into driver parameters. A value stays text unless a type is asked
// for (`--param n:int=12`) or a saved query's header declares one: "0012" is never turned into 12,
// and numbers that do not fit are refused, never wrapped.
import neo4j from 'neo4j-driver';
import { TafahumError } from '../model/errors.js';
import type { ParamType, SavedParam } from './types.js';

const PARAM_TYPES: readonly ParamType[] = ['string', 'int', 'float', 'boolean'];
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export interface GivenParam {
  raw: string;
  /** Present when the flag named a type (`name:int=value`). */
  type?: ParamType;
}

/** `["a=1", "n:int=12", "b=x=y"]` → `{a: {raw: "1"}, n: {raw: "12", type: "int"}, b: {raw: "x=y"}}`; the first `=` splits. */
export function parseParamFlags(flags: readonly string[]): Record<string, GivenParam> {
  const out: Record<string, GivenParam> = Object.create(null);
  for (const flag of flags) {
    const at = flag.indexOf('=');
    const match = /^([A-Za-z_]\w*)(?::(\w+))?$/.exec(at > 0 ? flag.slice(0, at) : '');
    if (!match) throw new TafahumError('E_USAGE', `--param expects name=value or name:type=value, got "${flag}"`);
    const [, name, type] = match;
    if (type !== undefined && !(PARAM_TYPES as readonly string[]).includes(type)) {
      throw new TafahumError('E_USAGE', `--param ${name}: unknown type "${type}"`, `Types: ${PARAM_TYPES.join(', ')}.`);
    }
    out[name!] = { raw: flag.slice(at + 1), ...(type ? { type: type as ParamType } : {}) };
  }
  return out;
}

export function convertParam(name: string, raw: string, type: ParamType): unknown {
  switch (type) {
    case 'string':
      return raw;
    case 'int': {
      if (!/^[-+]?\d+$/.test(raw)) throw new TafahumError('E_USAGE', `parameter ${name} must be an integer, got "${raw}"`);
      const value = BigInt(raw);
      if (value < INT64_MIN || value > INT64_MAX) throw new TafahumError('E_USAGE', `parameter ${name} does not fit a 64-bit integer: "${raw}"`);
      return neo4j.int(value.toString());
    }
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

/** Parameters of a saved query: declared ones typed and defaulted, unknown names refused. */
export function savedQueryParams(declared: readonly SavedParam[], given: Record<string, GivenParam>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(given)) {
    const param = declared.find((p) => p.name === name);
    if (!param) {
      const known = declared.map((p) => p.name).join(', ') || 'none';
      throw new TafahumError('E_USAGE', `unknown parameter "${name}"`, `This query takes: ${known}.`);
    }
    const asked = given[name]!.type;
    if (asked && asked !== param.type) throw new TafahumError('E_USAGE', `parameter ${name} is ${param.type} in this query, not ${asked}`);
  }
  for (const param of declared) {
    const raw = given[param.name]?.raw ?? param.default;
    if (raw === undefined) {
      throw new TafahumError('E_USAGE', `missing parameter "${param.name}" (${param.description})`, `Add --param ${param.name}=<${param.type}>.`);
    }
    out[param.name] = convertParam(param.name, raw, param.type);
  }
  return out;
}

/** Ad-hoc parameters: text unless the flag asked for a type. */
export function adHocParams(given: Record<string, GivenParam>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(given).map(([name, { raw, type }]) => [name, convertParam(name, raw, type ?? 'string')]));
}

/**
 * ajv errors → located diagnostics that say what was found and what was expected. An unknown
 * property points at its key, a missing one at its parent's key, anything else at the value;
 * the cascades ajv reports for `anyOf` are collapsed into the one error that helps.
 */
import type { ErrorObject } from 'ajv';
import { FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Data } from '../load/to-data.js';
import type { JsonPath, PositionIndex } from '../load/position-index.js';
import { didYouMean, listIds, unknownName } from './suggest.js';

type Schema = Record<string, unknown>;

/** Display a JSON path: `types.profanity.match`, `escalations[0].when`. */
export function displayPath(path: JsonPath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || 'the top level';
}

function decodePointer(pointer: string, data: Data): Array<string | number> {
  if (!pointer) return [];
  const out: Array<string | number> = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^\d+$/.test(seg)) {
      out.push(Number(seg));
      cur = cur[Number(seg)];
    } else {
      out.push(seg);
      cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

function valueAt(data: Data, path: JsonPath): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** What was found, for a message: "`abc`", "the number 3", "a mapping". */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return v.length > 60 ? `\`${v.slice(0, 57)}…\`` : `\`${v}\``;
  if (typeof v === 'boolean') return `\`${v}\` (true/false)`;
  return `the number ${String(v)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  array: 'a list',
  object: 'a mapping',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function resolve(schema: unknown, root: Schema): Schema {
  let s = schema as Schema | undefined;
  for (let hops = 0; s && typeof s.$ref === 'string' && hops < 10; hops++) {
    const ref = s.$ref as string;
    const parts = ref.replace(/^#\//, '').split('/');
    let t: unknown = root;
    for (const p of parts) t = t && typeof t === 'object' ? (t as Schema)[p] : undefined;
    s = t as Schema | undefined;
  }
  return s ?? {};
}

function branchTypes(branch: unknown, root: Schema): string[] {
  const s = resolve(branch, root);
  const t = s.type;
  if (Array.isArray(t)) return t as string[];
  if (typeof t === 'string') return [t];
  if ('const' in s) return [jsonType(s.const)];
  return [];
}

function typeMatches(types: string[], actual: string): boolean {
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

function describeSchema(schema: unknown, root: Schema): string {
  const s = resolve(schema, root);
  if (typeof s.description === 'string') return s.description.replace(/\.$/, '');
  const types = branchTypes(s, root);
  return types.map((t) => TYPE_WORDS[t] ?? t).join(' or ') || 'a valid value';
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(parent + '/');
}

/** Replaces each anyOf/oneOf error and the errors of its branches by the errors that explain it. */
function collapseAlternatives(errors: ErrorObject[], data: Data, root: Schema): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') {
      out.push(e);
      continue;
    }
    if (e.keyword === 'oneOf' && (e.params as { passingSchemas?: unknown }).passingSchemas) {
      out.push(e);
      continue;
    }
    // ajv reports a branch's errors just before the anyOf error itself, all at or below its path.
    const group: ErrorObject[] = [];
    while (out.length && isWithin(out[out.length - 1].instancePath, e.instancePath)) group.unshift(out.pop()!);
    const actual = jsonType(valueAt(data, decodePointer(e.instancePath, data)));
    const branches = Array.isArray(e.schema) ? (e.schema as unknown[]) : [];
    const matching = branches.filter((b) => typeMatches(branchTypes(b, root), actual));
    if (matching.length === 1) {
      // The value has the shape of one alternative: its own errors are the useful ones.
      const own = group.filter((g) => !(g.instancePath === e.instancePath && (g.keyword === 'type' || g.keyword === 'const')));
      if (own.length) {
        out.push(...own);
        continue;
      }
    }
    const expected = branches.map((b) => describeSchema(b, root));
    out.push({ ...e, keyword: matching.length ? 'anyOf-value' : 'anyOf-type', params: { expected } });
  }
  return out;
}

interface Mapped {
  ruleId: string;
  at: 'key' | 'parent-key' | 'value';
  path: JsonPath;
  message: string;
  note?: string;
  expected?: string[];
  actual?: string;
  data?: Diagnostic['data'];
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The day key a day written in full or in capitals means: `Monday` → `mon`, `monday-friday` → `mon-fri`. */
function dayKeyFor(name: string): string | undefined {
  const parts = name
    .trim()
    .toLowerCase()
    .split(/\s*[-–—]\s*/);
  if (parts.length > 2 || parts.some((d) => d.length < 3)) return undefined;
  const days = parts.map((d) =>
    DAYS.find(
      (k) => d.startsWith(k) && 'monday tuesday wednesday thursday friday saturday sunday'.split(' ').some((full) => full.startsWith(d)),
    ),
  );
  return days.every((d) => d !== undefined) ? days.join('-') : undefined;
}

/**
 * What kind of value a pattern of the schemas stands for, by where it is in them (a catalogue can
 * say it in a person's language): `duration`, `date`, `date-time`, `id`, `hours`, `calendar`,
 * `calendar-file`, `flags`, `timezone`, else `other`.
 */
export function patternShape(schemaPath: string): string {
  const at = schemaPath.replace(/\/pattern$/, '');
  if (at.endsWith('/properties/hours/additionalProperties')) return 'hours';
  if (at.endsWith('/properties/timezone')) return 'timezone';
  if (at.endsWith('/properties/flags')) return 'flags';
  // A definition's own pattern: `…/definitions/<name>` (the name its last segment).
  const slash = at.lastIndexOf('/');
  const parent = at.slice(0, slash);
  const def = parent.endsWith('/definitions') || parent.endsWith('/$defs') ? at.slice(slash + 1) : undefined;
  switch (def) {
    case 'duration':
    case 'date':
    case 'id':
    case 'calendar':
      return def;
    case 'dateTime':
      return 'date-time';
    case 'calendarFile':
      return 'calendar-file';
    default:
      return 'other';
  }
}

function mapError(e: ErrorObject, data: Data, root: Schema): Mapped | null {
  const path = decodePointer(e.instancePath, data);
  const where = displayPath(path);
  const value = valueAt(data, path);
  const parent = (e.parentSchema ?? {}) as Schema;
  const what = typeof parent.description === 'string' ? parent.description.replace(/\.$/, '') : undefined;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      const allowed = Object.keys((parent.properties as Schema | undefined) ?? {});
      return {
        ruleId: 'schema/unknown-property',
        at: 'key',
        path: [...path, prop],
        message: `Unknown property \`${prop}\` in ${where}, expected one of ${listIds(allowed, 20)}${didYouMean(prop, allowed)}`,
        ...unknownName('property', prop, allowed),
      };
    }
    case 'required': {
      const prop = String(p.missingProperty);
      return {
        ruleId: 'schema/required',
        at: 'parent-key',
        path,
        message: `Missing required property \`${prop}\` in ${where}`,
        expected: [prop],
      };
    }
    case 'propertyNames': {
      const name = String(p.propertyName);
      const names = resolve(parent.propertyNames, root);
      // A key from a fixed vocabulary (the schema's `title` and `examples`: `schedule.hours`' day keys) lists the accepted ones.
      if (typeof names.title === 'string' && Array.isArray(names.examples)) {
        const accepted = names.examples.map(String);
        const known = unknownName(names.title, name, accepted);
        const suggestion = names.title === 'day key' ? (dayKeyFor(name) ?? known.data.suggestion) : known.data.suggestion;
        const data = { ...known.data, ...(suggestion !== undefined && suggestion !== name ? { suggestion } : {}) };
        return {
          ruleId: 'schema/pattern',
          at: 'key',
          path: [...path, name],
          message: `Unknown ${names.title} \`${name}\` in ${where}, expected one of ${listIds(accepted, 20)}${data.suggestion ? ` — did you mean \`${data.suggestion}\`?` : ''}`,
          ...(typeof names.description === 'string' ? { note: names.description } : {}),
          expected: known.expected,
          actual: known.actual,
          data,
        };
      }
      return {
        ruleId: 'schema/pattern',
        at: 'key',
        path: [...path, name],
        message: `Invalid name \`${name}\` in ${where}`,
        note: 'Ids are lowercase letters, digits, `-` and `_` (template and partial ids may also use `/` and `.`).',
      };
    }
    case 'type':
      return {
        ruleId: 'schema/type',
        at: 'value',
        path,
        message: `Expected ${String(p.type)
          .split(',')
          .map((t) => TYPE_WORDS[t] ?? t)
          .join(' or ')} for ${where}, found ${describeValue(value)}`,
        expected: String(p.type)
          .split(',')
          .map((t) => TYPE_WORDS[t] ?? t),
        actual: describeValue(value),
      };
    case 'anyOf-type':
      return {
        ruleId: 'schema/type',
        at: 'value',
        path,
        message: `Expected ${(p.expected as string[]).join(', or ')} for ${where}, found ${describeValue(value)}`,
        expected: [...(p.expected as string[])],
        actual: describeValue(value),
      };
    case 'anyOf-value':
      return {
        ruleId: 'schema/type',
        at: 'value',
        path,
        message: `${describeValue(value)} is not valid for ${where}: expected ${(p.expected as string[]).join(', or ')}`,
        expected: [...(p.expected as string[])],
        actual: describeValue(value),
      };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return {
        ruleId: 'schema/enum',
        at: 'value',
        path,
        message: `${describeValue(value)} is not allowed for ${where}, expected one of ${listIds(allowed)}${typeof value === 'string' ? didYouMean(value, allowed) : ''}`,
        ...(typeof value === 'string' ? unknownName('value', value, allowed) : { expected: allowed, actual: describeValue(value) }),
      };
    }
    case 'const':
      return {
        ruleId: 'schema/enum',
        at: 'value',
        path,
        message: `${describeValue(value)} is not allowed for ${where}, expected \`${String(p.allowedValue)}\``,
        expected: [String(p.allowedValue)],
        actual: describeValue(value),
      };
    case 'pattern':
      // A key's pattern is reported by its propertyNames error (ajv gives both).
      if (p.propertyName !== undefined || e.schemaPath.includes('/propertyNames/')) return null;
      {
        const expected = what ? `: expected ${what.charAt(0).toLowerCase()}${what.slice(1)}` : '';
        return {
          ruleId: 'schema/pattern',
          at: 'value',
          path,
          message: `${describeValue(value)} is not valid for ${where}${expected}`,
          data: {
            kind: 'schema-problem',
            code: 'pattern',
            values: { value: describeValue(value), shape: patternShape(e.schemaPath), what: expected },
          },
        };
      }
    case 'format':
      return {
        ruleId: 'schema/format',
        at: 'value',
        path,
        message: `${describeValue(value)} is not a valid ${String(p.format)} for ${where}${what ? ` (${what})` : ''}`,
        data: {
          kind: 'schema-problem',
          code: 'format',
          values: { value: describeValue(value), format: String(p.format), what: what ? ` (${what})` : '' },
        },
      };
    case 'minItems':
      return {
        ruleId: 'schema/value',
        at: 'value',
        path,
        message: `${where} must list at least ${String(p.limit)} item(s)`,
        data: { kind: 'schema-problem', code: 'min-items', values: { limit: Number(p.limit) } },
      };
    case 'minLength':
      return {
        ruleId: 'schema/value',
        at: 'value',
        path,
        message: `${where} must not be empty`,
        data: { kind: 'schema-problem', code: 'min-length', values: {} },
      };
    case 'minProperties':
      return {
        ruleId: 'schema/value',
        at: 'value',
        path,
        message: `${where} must have at least ${String(p.limit)} key(s)`,
        data: { kind: 'schema-problem', code: 'min-properties', values: { limit: Number(p.limit) } },
      };
    case 'uniqueItems':
      return {
        ruleId: 'schema/value',
        at: 'value',
        path: [...path, Number(p.j)],
        message: `${where} lists the same value twice (items ${String(p.i)} and ${String(p.j)})`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        ruleId: 'schema/value',
        at: 'value',
        path,
        message: `${describeValue(value)} is out of range for ${where}: it must be ${String(p.comparison)} ${String(p.limit)}`,
        data: {
          kind: 'schema-problem',
          code: 'range',
          values: { value: describeValue(value), comparison: String(p.comparison), limit: String(p.limit) },
        },
      };
    default:
      void root;
      return { ruleId: 'schema/value', at: 'value', path, message: `${where}: ${e.message ?? 'invalid value'}` };
  }
}

/** Diagnostics for ajv's errors on one file's data. */
export function schemaDiagnostics(
  errors: ErrorObject[] | null | undefined,
  data: Data,
  positions: PositionIndex,
  root: Schema,
): Diagnostic[] {
  if (!errors?.length) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of collapseAlternatives(errors, data, root)) {
    const m = mapError(e, data, root);
    if (!m) continue;
    const range =
      m.at === 'key'
        ? positions.keyRange(m.path)
        : m.at === 'parent-key'
          ? m.path.length
            ? positions.keyRange(m.path)
            : FILE_START
          : positions.valueRange(m.path);
    const key = `${m.ruleId}|${range.start.offset}|${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      file: positions.file,
      range,
      severity: 'error',
      ruleId: m.ruleId,
      message: m.message,
      path: m.path,
      ...(m.note ? { note: m.note } : {}),
      ...(m.expected ? { expected: m.expected } : {}),
      ...(m.actual !== undefined ? { actual: m.actual } : {}),
      ...(m.data ? { data: m.data } : {}),
    });
  }
  return out;
}

/**
 * ajv's errors on data that has no file (a mention given to the engine), worded as the diagnostics
 * are: one message per field (a time that breaks both the pattern and the format is one problem).
 */
export function schemaMessages(errors: ErrorObject[] | null | undefined, data: Data, root: Schema): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of collapseAlternatives(errors ?? [], data, root)) {
    const m = mapError(e, data, root);
    if (!m) continue;
    const key = m.at === 'value' ? JSON.stringify(m.path) : m.message;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m.message);
  }
  return out;
}

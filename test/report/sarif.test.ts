import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { formatSarif, formatSarifTestRun, SARIF_SCHEMA_URI } from '../../src/report/sarif.js';
import { FINGERPRINT_KEY } from '../../src/report/fingerprint.js';
import { duplicateType, longReply, moved, sampleDiagnostics, sampleRun, toneHint, unknownTemplate, range } from './fixtures.js';

const require = createRequire(import.meta.url);
// CommonJS packages: `require` gives the same objects under Node and vitest, typed via `import()`.
const { Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020.js');
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const schemaPath = require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $schema: string };

// The official schema declares draft 2020-12 (while still using `definitions`), so Ajv2020.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function valid(log: unknown): boolean {
  const ok = validate(log) as boolean;
  if (!ok) console.error(ajv.errorsText(validate.errors, { separator: '\n' }));
  return ok;
}

// The SARIF log as the tests reach into it (the schema validation checks the rest).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON document navigated by the tests; its shape is checked by the official schema
type Json = any;
type Log = {
  $schema: string;
  version: string;
  runs: Array<{ tool: { driver: Json }; results: Json[]; originalUriBaseIds: Json; columnKind: string }>;
};
const parse = (s: string): Log => JSON.parse(s) as Log;

const rules = new Map([
  [
    'ref/unknown-template',
    {
      description: 'A type names a template that is not defined. Define it or fix the name.',
      helpUri: 'https://example.test/rules/ref/unknown-template',
    },
  ],
  ['channel', { description: 'A reply may not fit the channel.', severity: 'warning' as const }],
]);

describe('sarif', () => {
  it('uses the schema the brief names, declaring draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each([
    [
      'diagnostics with options',
      () =>
        formatSarif(sampleDiagnostics, {
          version: '1.2.3',
          informationUri: 'https://example.test/replybook',
          cwd: '/home/ci/my repo',
          rules,
        }),
    ],
    ['diagnostics without options', () => formatSarif(sampleDiagnostics)],
    ['no diagnostics', () => formatSarif([])],
    ['a test run', () => formatSarifTestRun(sampleRun, { version: '1.2.3', cwd: 'C:\\work\\repo' })],
    [
      'odd file names',
      () =>
        formatSarif([
          { ...toneHint, file: 'play books/a#b?c%/ü:x.yaml' },
          { ...toneHint, file: '/abs/path.yaml' },
        ]),
    ],
    [
      'a malformed range',
      () => formatSarif([{ ...toneHint, range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } } }]),
    ],
  ])('validates against the official SARIF 2.1.0 schema: %s', (_name, make) => {
    const text = make();
    expect(valid(JSON.parse(text))).toBe(true);
  });

  it('negative control: the validator rejects broken logs', () => {
    const log = parse(formatSarif(sampleDiagnostics, { version: '1.0.0' }));
    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = 'fatal';
    expect(validate(badLevel)).toBe(false);
    const noDriverName = structuredClone(log);
    delete noDriverName.runs[0].tool.driver.name;
    expect(validate(noDriverName)).toBe(false);
    const badRegion = structuredClone(log);
    badRegion.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(badRegion)).toBe(false);
    const badUri = structuredClone(log) as Json;
    badUri.runs[0].originalUriBaseIds['%SRCROOT%'] = { uri: 'not a uri with spaces' };
    expect(validate(badUri)).toBe(false);
  });

  it('describes the tool, the log and the base URI', () => {
    const log = parse(
      formatSarif(sampleDiagnostics, { version: '1.2.3', informationUri: 'https://example.test/replybook', cwd: '/home/ci/my repo' }),
    );
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'replybook', version: '1.2.3', informationUri: 'https://example.test/replybook' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/ci/my%20repo/' } });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('resolves Windows working directories to file URIs', () => {
    const run = parse(formatSarif([], { cwd: 'C:\\work\\my repo' })).runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///C:/work/my%20repo/');
  });

  it('has one rule per rule id used, with catalogue help and default level, and ruleIndex pointing at it', () => {
    const run = parse(formatSarif([...sampleDiagnostics, unknownTemplate], { rules })).runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['channel/limit', 'ref/duplicate-id', 'ref/unknown-template', 'tone/avoid']);
    const unknown = run.tool.driver.rules[2];
    expect(unknown).toEqual({
      id: 'ref/unknown-template',
      shortDescription: { text: 'A type names a template that is not defined.' },
      fullDescription: { text: 'A type names a template that is not defined. Define it or fix the name.' },
      help: {
        text: 'A type names a template that is not defined. Define it or fix the name.\n\nDocumentation: https://example.test/rules/ref/unknown-template',
      },
      helpUri: 'https://example.test/rules/ref/unknown-template',
      defaultConfiguration: { level: 'error' },
    });
    // `channel/limit` falls back to the `channel` entry of the catalogue, with its severity.
    expect(run.tool.driver.rules[0].fullDescription.text).toBe('A reply may not fit the channel.');
    expect(run.tool.driver.rules[0].defaultConfiguration.level).toBe('warning');
    // Unknown to the catalogue: the id as short description, level from the first diagnostic; without
    // a docs base the (relative) documentation link is only in the help text, as SARIF wants helpUri absolute.
    expect(run.tool.driver.rules[3]).toEqual({
      id: 'tone/avoid',
      shortDescription: { text: 'tone/avoid' },
      help: { text: 'Documentation: docs/rules.md#tone/avoid' },
      defaultConfiguration: { level: 'note' },
    });
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('links every rule to its documentation as helpUri, resolved against the docs base', () => {
    const text = formatSarif([...sampleDiagnostics, unknownTemplate], { docsBase: 'file:///opt/replybook/', rules: new Map() });
    expect(valid(JSON.parse(text))).toBe(true);
    const run = parse(text).runs[0];
    expect(run.tool.driver.rules.map((r: { helpUri: string }) => r.helpUri)).toEqual([
      'file:///opt/replybook/docs/rules.md#channel/limit',
      'file:///opt/replybook/docs/rules.md#ref/duplicate-id',
      'file:///opt/replybook/docs/rules.md#ref/unknown-template',
      'file:///opt/replybook/docs/rules.md#tone/avoid',
    ]);
    expect(run.tool.driver.rules[3].help.text).toBe('Documentation: file:///opt/replybook/docs/rules.md#tone/avoid');
  });

  it('carries expected, actual and data in the result properties', () => {
    const d = {
      ...toneHint,
      expected: ['к сожалению'],
      actual: 'увы',
      data: { kind: 'avoided-phrase' as const, phrase: 'увы', found: 'увы', inflected: false },
    };
    const [result] = parse(formatSarif([d])).runs[0].results;
    expect(result.properties).toEqual({ expected: ['к сожалению'], actual: 'увы', data: d.data });
  });

  it('writes results with level, relative URI, region and related locations', () => {
    const run = parse(formatSarif(sampleDiagnostics)).runs[0];
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['ref/unknown-template', 'error'],
      ['ref/duplicate-id', 'error'],
      ['channel/limit', 'warning'],
      ['tone/avoid', 'note'],
    ]);
    const [first, dup, multi] = run.results;
    expect(first.message.text).toBe(`${unknownTemplate.message}\n\n${unknownTemplate.note}`);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'playbooks/acme/playbook.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 15, endLine: 12, endColumn: 25 },
    });
    expect(multi.locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 9, endLine: 6, endColumn: 20 });
    expect(dup.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: {
          artifactLocation: { uri: 'playbooks/acme/playbook.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 8 },
        },
        message: { text: 'first defined here' },
      },
    ]);
  });

  it('percent-encodes file names into URI references', () => {
    const run = parse(
      formatSarif([
        { ...toneHint, file: 'play books/a#b?c%.yaml' },
        { ...toneHint, file: 'x:y.yaml' },
      ]),
    ).runs[0];
    expect(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'play%20books/a%23b%3Fc%25.yaml',
      'x%3Ay.yaml',
    ]);
  });

  it('keeps fingerprints when only line numbers change, and changes them with the JSON path', () => {
    const prints = (s: string): string[] => parse(s).runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    const before = prints(formatSarif([unknownTemplate, longReply, duplicateType]));
    const after = prints(formatSarif([moved(unknownTemplate, 7), moved(longReply, 3), moved(duplicateType, 40)]));
    expect(before).toHaveLength(3);
    expect(after).toEqual(before);
    for (const p of before) expect(p).toMatch(/^[0-9a-f]{32}$/);
    const otherPath = prints(formatSarif([{ ...unknownTemplate, path: ['types', 'refund', 'template'] }]));
    expect(otherPath[0]).not.toBe(before[0]);
    const otherFile = prints(formatSarif([{ ...unknownTemplate, file: 'playbooks/globex/playbook.yaml' }]));
    expect(otherFile[0]).not.toBe(before[0]);
  });

  it('gives two problems at the same JSON path distinct fingerprints', () => {
    const twin = { ...unknownTemplate, range: range(13, 1), message: 'another' };
    const results = parse(formatSarif([unknownTemplate, twin])).runs[0].results;
    expect(results[0].partialFingerprints[FINGERPRINT_KEY]).not.toBe(results[1].partialFingerprints[FINGERPRINT_KEY]);
  });

  it('reports failing sample complaints as test/… results at the complaint', () => {
    const run = parse(formatSarifTestRun(sampleRun)).runs[0];
    expect(run.results.map((r) => r.ruleId)).toEqual(['channel/limit', 'test/type-mismatch', 'test/reply-mismatch']);
    const typeResult = run.results[1];
    expect(typeResult.level).toBe('error');
    expect(typeResult.message.text).toContain('Expected type `delay`, got `other`');
    expect(typeResult.message.text).toContain('expected: delay\nactual: other');
    expect(typeResult.locations[0].physicalLocation.region.startLine).toBe(14);
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'test/type-mismatch').fullDescription.text).toMatch(
      /negativity type/,
    );
    const moved14 = structuredClone(sampleRun);
    moved14.results[1].range = range(99, 1);
    const again = parse(formatSarifTestRun(moved14)).runs[0];
    expect(again.results[1].partialFingerprints).toEqual(typeResult.partialFingerprints);
  });
});

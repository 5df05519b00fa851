import { describe, expect, it } from 'vitest';
import { formatJunit, formatJunitTestRun, junitTestRunPieces } from '../../src/report/junit.js';
import { stripIllegalXml, xmlAttr, xmlText } from '../../src/report/xml.js';
import { findAll, parseXml } from './xml-checker.js';
import { duplicateType, failing, longReply, sampleDiagnostics, sampleRun, toneHint, unknownTemplate } from './fixtures.js';
import type { TestRunResult } from '../../src/model/test-result.js';

const NASTY = 'a & b < c > d " e \' f \u0000\u0001\u0008\u000b\u000c\u000e\u001f g \ud800 h \udc00 i \ud83d\ude00 j \ufffe\uffff k\r\nl\tm';

describe('the XML checker (controls: it must be able to fail)', () => {
  it.each([
    ['unclosed element', '<a><b></a>'],
    ['raw ampersand', '<a>x & y</a>'],
    ['raw < in attribute', '<a x="<"/>'],
    ['illegal character', '<a>\u0001</a>'],
    ['reference to an illegal character', '<a>&#1;</a>'],
    ['lone surrogate', '<a>\ud800</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
  ])('rejects %s', (_why, xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed/);
  });

  it('reads a well-formed document', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1&amp;&#10;2"><b>t&lt;</b></a>\n');
    expect(root.attrs.x).toBe('1&\n2');
    expect(root.children[0].text).toBe('t<');
  });
});

describe('XML escaping', () => {
  it('escapes the five special characters and strips characters illegal in XML 1.0', () => {
    expect(xmlText('a & b < c > d " e \' f')).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(stripIllegalXml(NASTY)).toBe('a & b < c > d " e \' f  g  h  i \ud83d\ude00 j  k\r\nl\tm');
    expect(xmlAttr('x\ny\tz\r')).toBe('x&#10;y&#9;z&#13;');
  });

  it('round-trips untrusted text through an attribute and text content', () => {
    const root = parseXml(`<a v="${xmlAttr(NASTY)}">${xmlText(NASTY)}</a>`);
    const expected = stripIllegalXml(NASTY);
    expect(root.attrs.v).toBe(expected);
    expect(root.text).toBe(expected);
  });
});

describe('formatJunit (check)', () => {
  it('has one test case per file, failing when the file has errors', () => {
    const xml = formatJunit(sampleDiagnostics, { files: ['playbooks/acme/playbook.yaml', 'playbooks/acme/clean.yaml'], time: 1.5 });
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '4', failures: '1', errors: '0', time: '1.500' });
    const [suite] = root.children;
    expect(suite.attrs).toMatchObject({ name: 'replybook check', tests: '4', failures: '1', errors: '0', skipped: '0' });
    const cases = findAll(root, 'testcase');
    expect(cases.map((c) => c.attrs.name)).toEqual([
      'playbooks/acme/clean.yaml',
      'playbooks/acme/playbook.yaml',
      'playbooks/acme/templates/sorry.yaml',
      'playbooks/acme/voice.yaml',
    ]);
    expect(cases.map((c) => c.children.map((x) => x.name).join())).toEqual(['', 'failure', 'system-out', 'system-out']);
    const failure = cases[1].children[0];
    expect(failure.attrs.message).toBe(`2 errors: ${unknownTemplate.message}`);
    expect(failure.attrs.type).toBe('ref/unknown-template');
    expect(failure.text).toContain('playbooks/acme/playbook.yaml:12:15  error    Unknown template');
    expect(failure.text).toContain('playbooks/acme/playbook.yaml:30:3   error    Duplicate type id `delay`');
    expect(failure.text).not.toContain('\u001b');
  });

  it('counts a file with a fatal problem as an error', () => {
    const root = parseXml(formatJunit([{ ...unknownTemplate, fatal: true, ruleId: 'yaml/syntax' }, longReply]));
    expect(root.attrs).toMatchObject({ tests: '2', failures: '0', errors: '1' });
    expect(findAll(root, 'error')).toHaveLength(1);
  });

  it('stays well-formed with hostile file names and messages', () => {
    const hostile = { ...duplicateType, file: 'a&b<c>"d\'.yaml', message: NASTY, note: ']]> </failure> <x>' };
    const root = parseXml(formatJunit([hostile, { ...toneHint, message: NASTY }]));
    const cases = findAll(root, 'testcase');
    expect(cases.map((c) => c.attrs.name)).toContain('a&b<c>"d\'.yaml');
    expect(findAll(root, 'failure')[0].text).toContain(']]> </failure> <x>');
  });

  it('is a passing report when nothing is wrong', () => {
    const root = parseXml(formatJunit([], { files: ['a.yaml'] }));
    expect(root.attrs).toMatchObject({ tests: '1', failures: '0', errors: '0', time: '0.000' });
  });
});

describe('formatJunitTestRun', () => {
  it('has a suite per playbook and a test case per sample complaint', () => {
    const root = parseXml(formatJunitTestRun(sampleRun, { time: 0.25 }));
    expect(root.attrs).toMatchObject({ name: 'replybook test', tests: '4', failures: '1', errors: '0', time: '0.250' });
    expect(root.children.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures])).toEqual([
      ['replybook playbooks', '1', '0'],
      ['acme', '2', '1'],
      ['globex', '1', '0'],
    ]);
    const acme = findAll(root.children[1], 'testcase');
    expect(acme.map((c) => [c.attrs.classname, c.attrs.name])).toEqual([
      ['acme/playbooks/acme/complaints/delivery.yaml', 'late-parcel'],
      ['acme/playbooks/acme/complaints/delivery.yaml', 'rude-&-late'],
    ]);
    const failure = findAll(acme[1], 'failure')[0];
    expect(failure.attrs.message).toBe('Expected type `delay`, got `other`; The reply differs from the expected text');
    expect(failure.attrs.type).toBe('test/type-mismatch');
    expect(failure.text).toContain('type: Expected type `delay`, got `other`\n  expected: delay\n  actual:   other');
    expect(failure.text).toContain('expected: Anna, sorry for the delay.\n            — Acme support');
    expect(findAll(acme[1], 'system-out')[0].text).toBe(failing.outcome.reply);
    expect(findAll(root.children[2], 'system-out')[0].text).toBe('(no reply)');
    expect(findAll(acme[0], 'failure')).toHaveLength(0);
  });

  it('comes in pieces of whole lines, a test case to a piece, that join into the report', () => {
    const pieces = [...junitTestRunPieces(sampleRun, { time: 0.25 })];
    expect(pieces.join('')).toBe(formatJunitTestRun(sampleRun, { time: 0.25 }));
    expect(pieces.every((p) => p.endsWith('\n'))).toBe(true);
    const cases = pieces.filter((p) => p.includes('<testcase'));
    // The playbook suite's one test case, then a piece per sample complaint.
    expect(cases).toHaveLength(1 + sampleRun.results.length);
    expect(cases.every((p) => p.split('<testcase').length === 2)).toBe(true);
    // A suite's counts are in its opening tag, before its cases.
    expect(pieces.findIndex((p) => p.includes('<testsuite name="acme"'))).toBeLessThan(pieces.findIndex((p) => p.includes('late-parcel')));
  });

  it('reports playbook errors when no complaint ran', () => {
    const run: TestRunResult = { results: [], diagnostics: [unknownTemplate], passed: 0, failed: 0 };
    const root = parseXml(formatJunitTestRun(run));
    expect(root.attrs).toMatchObject({ tests: '1', failures: '1' });
  });
});

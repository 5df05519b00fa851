import { describe, expect, it } from 'vitest';
import {
  escapeGithubData,
  escapeGithubProperty,
  formatGithub,
  formatGithubTestRun,
  githubStepSummary,
  markdownCell,
} from '../../src/report/github.js';
import { duplicateType, longReply, range, sampleDiagnostics, sampleRun, toneHint, unknownTemplate } from './fixtures.js';
import type { TestRunResult } from '../../src/model/test-result.js';

describe('GitHub escaping', () => {
  it.each([
    ['100%', '100%25', '100%25'],
    ['a\rb', 'a%0Db', 'a%0Db'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['a:b', 'a:b', 'a%3Ab'],
    ['a,b', 'a,b', 'a%2Cb'],
    ['%0A', '%250A', '%250A'],
    ['::error::x', '::error::x', '%3A%3Aerror%3A%3Ax'],
    ['plain/path.yaml', 'plain/path.yaml', 'plain/path.yaml'],
  ])('%j → data %j, property %j', (input, data, property) => {
    expect(escapeGithubData(input)).toBe(data);
    expect(escapeGithubProperty(input)).toBe(property);
  });
});

describe('formatGithub', () => {
  it('writes one workflow command per diagnostic, by severity', () => {
    const lines = formatGithub(sampleDiagnostics).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::error', '::warning', '::notice']);
    expect(lines[0]).toBe(
      '::error file=playbooks/acme/playbook.yaml,line=12,endLine=12,col=15,endColumn=25,title=ref/unknown-template::' +
        'Unknown template `sorry/late`, expected one of `sorry/delay`, `sorry/lost`%0ATemplates are defined in templates/*.yaml',
    );
  });

  it('adds related locations to the message', () => {
    expect(formatGithub([duplicateType])).toContain(
      '::Duplicate type id `delay`%0Afirst defined here: playbooks/acme/playbook.yaml:12:3\n',
    );
  });

  it('spans lines for multi-line ranges, without columns (GitHub takes them only within one line)', () => {
    expect(formatGithub([longReply])).toMatch(/^::warning file=[^,]+,line=4,endLine=6,title=channel\/limit::/);
  });

  it('escapes file names and messages so they cannot end the command or inject another', () => {
    const evil = { ...toneHint, file: 'a,b:c%d\ne.yaml', ruleId: 'x,y', message: '50% off\n::error file=x::pwned\r' };
    const out = formatGithub([evil]);
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    // The newline of the file name is shown as `\n`; the message's second line keeps its break
    // (%0A) but cannot start a command: its `::` is escaped, and so is the carriage return.
    expect(out).toBe(
      '::notice file=a%2Cb%3Ac%25d\\ne.yaml,line=2,endLine=2,col=1,endColumn=6,title=x%2Cy::50%25 off%0A\\x3A:error file=x::pwned\\r\n',
    );
  });

  it('is empty when there is nothing to report', () => {
    expect(formatGithub([])).toBe('');
  });

  it('annotates failing sample complaints in a test run', () => {
    const lines = formatGithubTestRun(sampleRun).trimEnd().split('\n');
    expect(lines.map((l) => /title=([^:]+)::/.exec(l)?.[1])).toEqual(['channel/limit', 'test/type-mismatch', 'test/reply-mismatch']);
    expect(lines[1]).toMatch(/^::error file=playbooks\/acme\/complaints\/delivery.yaml,line=14,/);
  });
});

describe('githubStepSummary', () => {
  it('tables every problem, beyond the 10 annotations GitHub shows', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...unknownTemplate, range: range(i + 1, 1), message: `problem ${i}` }));
    const md = githubStepSummary(many);
    expect(md).toContain('## replybook');
    expect(md).toContain('✖ 25 problems (25 errors, 0 warnings)');
    expect(md).toContain('| Severity | Location | Rule | Message |');
    expect(md.split('\n').filter((l) => l.startsWith('| ❌ error |'))).toHaveLength(25);
  });

  it('escapes table cells', () => {
    const md = githubStepSummary([{ ...toneHint, message: 'a | b <script>&\nnext' }]);
    expect(md).toContain('| ℹ️ info | playbooks/acme/voice.yaml:2:1 | tone/avoid | a \\| b &lt;script&gt;&amp;<br>next |');
    expect(markdownCell('x'.repeat(1500))).toHaveLength(1001);
  });

  it('says when nothing was found', () => {
    expect(githubStepSummary([])).toBe('## replybook\n\n✔ No problems found\n');
  });

  it('caps the rows and says how many were left out', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...toneHint, message: `m${i}` }));
    const md = githubStepSummary(many, undefined, { maxRows: 2 });
    expect(md.split('\n').filter((l) => l.startsWith('| ℹ️'))).toHaveLength(2);
    expect(md).toContain('…and 3 more.');
  });

  it('adds the test totals and a table of broken expectations', () => {
    const md = githubStepSummary(sampleRun.diagnostics, sampleRun);
    expect(md).toContain('### Sample complaints: 2 passed, 1 failed');
    expect(md).toContain('| Complaint | Location | Field | Expected | Actual |');
    expect(md).toContain('| acme › rude-&amp;-late | playbooks/acme/complaints/delivery.yaml:14:5 | type | delay | other |');
    expect(md).toContain('| reply.equals | Anna, sorry for the delay.<br>— Acme support |');
  });

  it('says why no complaint ran when the playbooks have errors', () => {
    const run: TestRunResult = { results: [], diagnostics: [unknownTemplate], passed: 0, failed: 0 };
    expect(githubStepSummary(run.diagnostics, run)).toContain('No sample complaint ran: the playbooks have 1 error.');
  });
});

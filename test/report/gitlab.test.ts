import { describe, expect, it } from 'vitest';
import { formatGitlab, formatGitlabTestRun, type GitlabIssue } from '../../src/report/gitlab.js';
import { longReply, moved, sampleDiagnostics, sampleRun, toneHint, unknownTemplate } from './fixtures.js';

const parse = (s: string): GitlabIssue[] => JSON.parse(s) as GitlabIssue[];
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

describe('formatGitlab', () => {
  it('writes Code Quality issues with exactly the fields GitLab reads', () => {
    const issues = parse(formatGitlab(sampleDiagnostics));
    expect(issues).toHaveLength(4);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(SEVERITIES).toContain(issue.severity);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(Object.keys(issue.location).sort()).toEqual(['lines', 'path']);
      expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    }
    expect(issues[0]).toEqual({
      description: `${unknownTemplate.message} — ${unknownTemplate.note}`,
      check_name: 'ref/unknown-template',
      fingerprint: issues[0].fingerprint,
      severity: 'major',
      location: { path: 'playbooks/acme/playbook.yaml', lines: { begin: 12, end: 12 } },
    });
    expect(issues.map((i) => i.severity)).toEqual(['major', 'major', 'minor', 'info']);
    expect(issues[2].location.lines).toEqual({ begin: 4, end: 6 });
  });

  it('marks fatal problems critical', () => {
    expect(parse(formatGitlab([{ ...unknownTemplate, fatal: true }]))[0].severity).toBe('critical');
  });

  it('gives unique fingerprints that survive moved lines', () => {
    const before = parse(formatGitlab(sampleDiagnostics)).map((i) => i.fingerprint);
    expect(new Set(before).size).toBe(before.length);
    const after = parse(formatGitlab(sampleDiagnostics.map((d) => moved(d, 12)))).map((i) => i.fingerprint);
    expect(after).toEqual(before);
    const twice = parse(formatGitlab([toneHint, toneHint])).map((i) => i.fingerprint);
    expect(twice[0]).not.toBe(twice[1]);
  });

  it('is an empty array when nothing is wrong', () => {
    expect(formatGitlab([])).toBe('[]\n');
  });

  it('reports test runs: diagnostics and broken expectations', () => {
    const issues = parse(formatGitlabTestRun(sampleRun));
    expect(issues.map((i) => [i.check_name, i.severity, i.location.lines.begin])).toEqual([
      [longReply.ruleId, 'minor', 4],
      ['test/type-mismatch', 'major', 14],
      ['test/reply-mismatch', 'major', 14],
    ]);
  });
});

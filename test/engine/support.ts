/** A playbook that is slow on purpose: many regex types and escalation rules, each a pattern of its own. */
export function slowPlaybookFiles(
  types: number,
  escalations: number,
  template = 'Hello {{name author.name}}, thank you.',
): Record<string, string> {
  const typeLines = Array.from({ length: types }, (_, i) => `  t${i}:\n    match: { regex: "zq-${i}" }`);
  const escLines = Array.from(
    { length: escalations },
    (_, i) => `  - id: e${i}\n    when: { regex: "qz-${i}" }\n    to: care\n    priority: normal`,
  );
  return {
    'playbook.yaml': [
      'replybook: 1',
      'brand: Budget Test',
      'locale: en',
      'timezone: Europe/London',
      'channels:',
      '  x: { name: X, limit: 100000 }',
      'teams:',
      '  care: { name: Care }',
      'sla:',
      '  first_response: 1 business day',
      'types:',
      ...typeLines,
      '  other:',
      '    fallback: true',
      ...(escalations ? ['escalations:', ...escLines] : []),
      'templates:',
      '  any:',
      '    when: {}',
      `    text: ${JSON.stringify(template)}`,
      '',
    ].join('\n'),
  };
}

/**
 * Sample complaints for a playbook of `slowPlaybookFiles`: a short one, one whose text makes the
 * classifier read 16,000 characters against every regex (the one a time budget stops), and another
 * short one. `firstExpects` is an `expect` mapping for the first, if any.
 */
export function budgetComplaints(firstExpects?: string): string {
  return `complaints:
  - id: first
    channel: x
    text: "It broke."
    at: 2026-03-02T10:00:00Z${firstExpects ? `\n    expect: ${firstExpects}` : ''}
  - id: slow
    channel: x
    text: "${'abc '.repeat(4000)}"
    at: 2026-03-02T10:00:00Z
  - id: third
    channel: x
    text: "It broke again."
    at: 2026-03-02T10:00:00Z
`;
}

/** A clock that advances 1 ms at each reading: a short complaint reads it a few times, the slow one at every regex. */
export function steppingClock(): () => number {
  let t = 0;
  return () => t++;
}

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

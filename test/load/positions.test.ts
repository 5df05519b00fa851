import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/load/index.js';

const doc = `brand: Acme
types:
  profanity:
    match: { words: [мат] }
templates:
  block:
    text: |
      Привет!
        {{greeting}} и {{bad
  folded:
    text: >
      Первая строка
      вторая {{x}}
  quoted: { text: "a\\n\\"q\\" {{y}}" }
  single: { text: 'it''s {{z}}' }
  plain:
    text: one
      two {{w}}
`;

describe('position index', () => {
  const r = parseText('pb/playbook.yaml', doc);
  it('maps a JSON path to its key and value ranges', () => {
    const loc = r.positions.get(['types', 'profanity', 'match'])!;
    expect(loc.key!.start).toEqual({ line: 4, column: 5, offset: doc.indexOf('match') });
    expect(loc.value.start.line).toBe(4);
    expect(loc.value.start.column).toBe(12);
    expect(r.positions.valueRange(['types', 'profanity', 'match', 'words', 0]).start.column).toBe(22);
  });
  it('falls back to the nearest existing ancestor for a missing path', () => {
    expect(r.positions.nearest(['types', 'profanity', 'nope']).path).toEqual(['types', 'profanity']);
    expect(r.positions.keyRange(['types', 'nope']).start.line).toBe(2);
  });
  it('records scalar styles', () => {
    expect(r.positions.get(['templates', 'block', 'text'])!.style).toBe('block');
    expect(r.positions.get(['templates', 'quoted', 'text'])!.style).toBe('quoted');
    expect(r.positions.get(['templates', 'plain', 'text'])!.style).toBe('plain');
  });
});

import { describe, expect, it } from 'vitest';
import { locateInText } from '../../src/template/source-position.js';
import { templatesFromYaml, slice } from './yaml-templates.js';

const SRC = `templates:
  block:
    text: |
      Привет, {{name}}!
      Line two ты

      третья проблема
    when: {}
  strip:
    text: |-
        deeper ты
  quoted:
    text: "quoted ты"
  plain:
    text: plain ты
  escaped:
    text: "tab\\tты"
  eof:
    text: |
      last ты`;

describe('locateInText', () => {
  const byId = new Map(templatesFromYaml(SRC).map((t) => [t.id, t]));

  it.each([
    ['block', 'ты', 5, 16],
    ['block', 'проблема', 7, 14],
    ['block', 'Привет', 4, 7],
    ['strip', 'ты', 11, 16],
    ['quoted', 'ты', 13, 19],
    ['plain', 'ты', 15, 17],
    ['eof', 'ты', 20, 12],
  ])('%s: «%s» is at the right line and column (%i:%i)', (id, word, line, column) => {
    const t = byId.get(id)!;
    const i = t.text.indexOf(word);
    const range = locateInText(t, i, i + word.length)!;
    expect(range.start).toMatchObject({ line, column });
    expect(slice(SRC, range)).toBe(word);
  });

  it('gives up on a quoted string with escapes', () => {
    const t = byId.get('escaped')!;
    expect(locateInText(t, 4, 6)).toBeNull();
  });

  it('gives up on a folded block whose lines were joined', () => {
    const [t] = templatesFromYaml('templates:\n  f:\n    text: >\n      one\n      two ты\n');
    expect(t.text).toBe('one two ты\n');
    expect(locateInText(t, 8, 10)).toBeNull();
  });

  it.each(['|', '|-', '|+', '|2'])('finds the indentation of a block with header %s', (header) => {
    const src = `templates:\n  t:\n    text: ${header}\n        один\n        два ты\n    when: {}\n`;
    const [t] = templatesFromYaml(src);
    const i = t.text.indexOf('ты');
    const range = locateInText(t, i, i + 2);
    expect(range && slice(src, range)).toBe('ты');
  });
});

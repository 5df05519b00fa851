/**
 * `locateInText`: an offset inside a scalar's value → where it is written in the file, for every
 * style. With the file's text it is exact; without it (the scalar's range and style alone) it either
 * gives the same range or says it cannot tell.
 */
import { describe, expect, it } from 'vitest';
import { locateInText, parseText, scalarPlacer, type ScalarText } from '../../src/load/index.js';

/** The scalar at `templates.<id>.text` of a parsed file. */
function scalarOf(src: string, id: string) {
  const r = parseText('pb/templates.yaml', src);
  const data = r.data as { templates: Record<string, { text: string }> };
  const loc = r.positions.get(['templates', id, 'text'])!;
  const scalar: ScalarText = { text: data.templates[id].text, textSource: { range: loc.value, style: loc.style } };
  return { scalar, lines: r.positions.lines };
}

const slice = (src: string, r: { start: { offset: number }; end: { offset: number } }) => src.slice(r.start.offset, r.end.offset);

const SRC = `templates:
  block:
    text: |
      Привет, {{name}}!
      Line two ты

      третья проблема
    when: {}
  nested:
    text: |
      Привет!
        {{greeting}} и {{bad
  strip:
    text: |-
        deeper ты
  keep:
    text: |+
      kept ты

  quoted:
    text: "quoted ты"
  single: { text: 'it''s {{z}}' }
  plain:
    text: plain ты
  escaped:
    text: "tab\\tты"
  escapes: { text: "a\\n\\"q\\" {{y}}" }
  joined:
    text: "one \\
      two ты"
  folded:
    text: >
      Первая строка
      вторая {{x}}
  multiline:
    text: one
      two {{w}}
  eof:
    text: |
      last ты`;

describe('locateInText', () => {
  // [scalar, needle, line, column, whether the range and style alone tell it]
  it.each([
    ['block', 'ты', 5, 16, true],
    ['block', 'проблема', 7, 14, true],
    ['block', 'Привет', 4, 7, true],
    ['nested', '{{greeting}}', 12, 9, true],
    ['nested', '{{bad', 12, 24, true],
    ['strip', 'ты', 15, 16, true],
    ['keep', 'ты', 18, 12, true],
    ['quoted', 'ты', 21, 19, true],
    ['single', '{{z}}', 22, 26, false],
    ['plain', 'ты', 24, 17, true],
    ['escaped', 'ты', 26, 17, false],
    ['escapes', '{{y}}', 27, 30, false],
    ['joined', 'ты', 30, 11, false],
    ['folded', '{{x}}', 34, 14, false],
    ['multiline', '{{w}}', 37, 11, false],
    ['eof', 'ты', 40, 12, true],
  ])('%s: «%s» is at %i:%i', (id, needle, line, column, withoutText) => {
    const { scalar, lines } = scalarOf(SRC, id);
    const i = scalar.text.indexOf(needle);
    expect(i).toBeGreaterThanOrEqual(0);
    const exact = locateInText(scalar, i, i + needle.length, lines)!;
    expect(exact.start).toMatchObject({ line, column });
    expect(slice(SRC, exact)).toBe(needle);
    // Without the file's text: the same range, or null (never a wrong place).
    expect(locateInText(scalar, i, i + needle.length)).toEqual(withoutText ? exact : null);
  });

  it.each(['|', '|-', '|+', '|2'])('finds the indentation of a block with header %s from its range alone', (header) => {
    const src = `templates:\n  t:\n    text: ${header}\n        один\n        два ты\n    when: {}\n`;
    const { scalar, lines } = scalarOf(src, 't');
    const i = scalar.text.indexOf('ты');
    const range = locateInText(scalar, i, i + 2);
    expect(range && slice(src, range)).toBe('ты');
    expect(range).toEqual(locateInText(scalar, i, i + 2, lines));
  });

  it('clamps offsets outside the value to its ends', () => {
    const { scalar, lines } = scalarOf(SRC, 'quoted');
    const range = locateInText(scalar, -5, 999, lines)!;
    expect(slice(SRC, range)).toBe('quoted ты');
  });
});

describe('scalarPlacer', () => {
  const { scalar } = scalarOf(SRC, 'escaped');
  const at = { file: 'pb/templates.yaml', range: scalar.textSource.range, path: ['templates', 'escaped', 'text'] };

  it('places a stretch of a value from the file text', () => {
    const place = scalarPlacer((file) => (file === at.file ? SRC : undefined));
    const i = scalar.text.indexOf('ты');
    const placed = place(at, scalar.text, i, i + 2);
    expect(slice(SRC, placed.range)).toBe('ты');
    expect(placed).toMatchObject({ file: at.file, path: at.path });
  });

  it('falls back to the whole scalar when the text is unknown and the range cannot tell, or no stretch is given', () => {
    const place = scalarPlacer(() => undefined);
    expect(place(at, scalar.text, 4, 6)).toBe(at);
    expect(scalarPlacer(() => SRC)(at, scalar.text)).toBe(at);
  });
});

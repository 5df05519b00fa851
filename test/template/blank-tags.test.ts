import { describe, expect, it } from 'vitest';
import { blankTags } from '../../src/template/blank-tags.js';

// The definition blankTags follows (quadratic on unclosed tags, so used here on short texts only).
const TAG = /\{\{!--[^]*?--\}\}|\{\{\{[^]*?\}\}\}|\{\{[^]*?\}\}/g;
const byRegex = (text: string) => text.replace(TAG, (tag) => tag.replace(/[^\n]/g, ' '));

describe('blankTags', () => {
  it.each([
    ['Hi {{name author.name}}!', 'Hi                     !'],
    ['{{!-- a }} b --}}x', '                 x'],
    ['{{{raw}}} and {{a}}', '          and      '],
    ['a {{#if x}}\nb{{/if}}', 'a          \nb       '],
    ['{{ unclosed', '{{ unclosed'],
  ])('%j', (text, expected) => {
    expect(blankTags(text)).toBe(expected);
  });

  it('blanks exactly what the regular expression would, on generated texts', () => {
    let seed = 11;
    const pieces = ['{{', '}}', '{{{', '}}}', '{{!--', '--}}', '-', '!', 'a', ' ', '\n', '{', '}'];
    for (let run = 0; run < 2_000; run++) {
      let text = '';
      for (let k = (seed = (seed * 48271) % 2147483647) % 12; k >= 0; k--)
        text += pieces[(seed = (seed * 48271) % 2147483647) % pieces.length];
      expect(blankTags(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });
});

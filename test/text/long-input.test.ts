/**
 * Every trim and scan that text a mention or a playbook controls reaches, fed 1–2 MB of what made
 * the old regexes quadratic (a long run of spaces, dots, dashes, NBSP or `\n ` that is NOT at the
 * end), and checked for the right result. A quadratic function would not finish here; the time
 * bound itself is asserted in the hostile corpus (test/hostile/text.test.ts), not in unit tests.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown, escapeMarkdown } from '../../src/build/index.js';
import { slug } from '../../src/build/document.js';
import { codeSpan, markdownText, quoteReply } from '../../src/diff/format-markdown.js';
import { finishReply, firstName, usableName } from '../../src/template/index.js';
import { blankTags } from '../../src/template/blank-tags.js';
import { measureLength } from '../../src/check-reply/index.js';
import { parseHours } from '../../src/deadline/index.js';
import { parseInstant } from '../../src/deadline/zone-clock.js';
import { snapshotText } from '../../src/test-run/index.js';
import { wordDiff, diffSide } from '../../src/report/word-diff.js';
import { BUILTIN_LEXICONS, LexiconMatcher, normalise, stemTokens, tokenise } from '../../src/text/index.js';
import { MAX_SPELLED_LETTERS } from '../../src/text/lexicons/lexicon.js';
import { isSpace, trimEndWhile, trimLineEnds, trimWhile, charSet } from '../../src/text/trim.js';
import { countGraphemeClusters } from '../../src/text/graphemes.js';
import type { Outcome } from '../../src/model/outcome.js';

const MB = 1_000_000;
const spaces = (n: number) => ' '.repeat(n);
const reply = (text: string) => ({ reply: text }) as Outcome;
const profanity = new LexiconMatcher({ id: 'profanity', builtins: BUILTIN_LEXICONS.get('profanity'), locale: 'ru' });
function lexiconHits(text: string): string[] {
  const tokens = tokenise(normalise(text, 'ru'));
  stemTokens(tokens);
  return profanity.find(tokens).map((h) => text.slice(tokens[h.first].oStart, tokens[h.last].oEnd));
}

/** The same, with the original text: the readings, glued pieces and edge symbols run too. */
function lexiconSpans(text: string): string[] {
  const tokens = tokenise(normalise(text, 'ru'));
  stemTokens(tokens);
  return profanity.find(tokens, Infinity, undefined, undefined, text).map((h) => text.slice(h.oStart, h.oEnd));
}

// [what, compute, expected]: each input is 1–2 MB.
const CASES: ReadonlyArray<readonly [string, () => unknown, unknown]> = [
  ['trimEndWhile: spaces before a letter, then spaces', () => trimEndWhile(`a${spaces(MB)}b${spaces(MB)}`, isSpace), `a${spaces(MB)}b`],
  [
    'trimWhile: dots, dashes, apostrophes around a name',
    () => trimWhile(`${'.'.repeat(MB)}Вика${"'’-".repeat(MB / 3)}`, charSet(".'’-")),
    'Вика',
  ],
  [
    'trimLineEnds: NBSP and tabs before a letter on one line',
    () => trimLineEnds(`${' \t\u00a0'.repeat(MB / 3)}x${'\u00a0'.repeat(MB)}\nend`),
    `${' \t\u00a0'.repeat(MB / 3)}x\nend`,
  ],
  [
    'snapshotText: a reply with a million spaces inside and a few at the end',
    () => snapshotText(reply(`Hi${spaces(MB)}there.${spaces(10)}\n `)),
    `Hi${spaces(MB)}there.\n`,
  ],
  ['slug: a heading of dashes around a word', () => slug(`${'-'.repeat(MB)}Доставка${'-'.repeat(MB)}`), 'доставка'],
  [
    'renderHtml: <pre> of a template with a run of spaces inside',
    () =>
      renderHtml([{ kind: 'pre', text: `x${spaces(MB)}y ${spaces(5)}` }], { lang: 'en', title: 't' }).includes(
        `<pre>x${spaces(MB)}y</pre>`,
      ),
    true,
  ],
  [
    'renderHtml: <blockquote> of `\\n ` repeated before a word',
    () =>
      renderHtml([{ kind: 'quote', text: `${'\n '.repeat(MB / 2)}word\n` }], { lang: 'en', title: 't' }).includes(
        `${'\n '.repeat(MB / 2)}word</blockquote>`,
      ),
    true,
  ],
  [
    'renderMarkdown: a quote of spaces and a word',
    () => renderMarkdown([{ kind: 'quote', text: `${spaces(MB)}word${spaces(MB)}` }]),
    `> ${spaces(MB)}word\n`,
  ],
  [
    'renderMarkdown: a fence longer than a million backtick lines',
    () => renderMarkdown([{ kind: 'pre', text: '````\n'.repeat(MB / 5) }]).startsWith('`````text\n'),
    true,
  ],
  [
    'renderMarkdown: indented backtick lines cannot close the fence',
    () => renderMarkdown([{ kind: 'pre', text: `${'x\n'.repeat(MB / 4)}   \`\`\`\`\`\nafter` }]).startsWith('``````text\n'),
    true,
  ],
  ['escapeMarkdown: `\\n ` repeated, then a heading mark', () => escapeMarkdown(`${'\n '.repeat(MB / 2)}# x`).endsWith(' \\# x'), true],
  ['escapeMarkdown: blank lines, then a numbered item', () => escapeMarkdown(`${'\n'.repeat(MB)}12. x`).endsWith('  \n12\\. x'), true],
  ['markdownText: `\\n ` repeated, then a list mark', () => markdownText(`${' \n'.repeat(MB / 2)}- x`).endsWith('\n\\- x'), true],
  ['codeSpan: half a million backticks apart', () => codeSpan('` '.repeat(MB / 2)).startsWith('`` `'), true],
  [
    'quoteReply: an added word with a million spaces around it',
    () => quoteReply([{ op: 'added', text: `${spaces(MB)}word${spaces(MB)}end` }])[0],
    `> ${'&nbsp;'.repeat(MB)}<ins>word${spaces(MB)}end</ins>`,
  ],
  [
    'finishReply: spaces, NBSP and tabs before line ends and inside lines',
    () => finishReply(`Hello${spaces(MB)}x${' \t\u00a0'.repeat(MB / 3)}\n\n\n\nBye  `, {}),
    `Hello${spaces(MB)}x\n\nBye`,
  ],
  ['usableName: a name between runs of dots and dashes', () => usableName(`${'.'.repeat(MB)}виктория${'-'.repeat(MB)}`), 'Виктория'],
  ['firstName: a name of apostrophes only', () => firstName("'’.-".repeat(MB / 4)), null],
  ['measureLength twitter: a URL of a million dots, then a letter', () => measureLength(`www.${'.'.repeat(MB)}x`, 'twitter'), 23],
  [
    'measureLength twitter: a URL followed by a million dots',
    () => measureLength(`https://a.io${'.'.repeat(MB)} `, 'twitter'),
    23 + MB + 1,
  ],
  ['measureLength graphemes: half a million emoji', () => measureLength('😀'.repeat(MB / 2), 'graphemes'), MB / 2],
  ['countGraphemeClusters: CR LF repeated', () => countGraphemeClusters('\r\n'.repeat(MB / 2)), MB / 2],
  ['blankTags: a third of a million `{{` never closed', () => blankTags(`${'{{ '.repeat(MB / 3)}x`), `${'{{ '.repeat(MB / 3)}x`],
  [
    'blankTags: unclosed `{{{` and `{{!--` before one closed tag',
    () => blankTags(`${'{{{ {{!-- '.repeat(MB / 10)}{{a}}b`),
    `${'{{{ {{!-- '.repeat(MB / 10).replace(/[^\n]/g, ' ')}     b`,
  ],
  ['parseInstant: `T1` repeated', () => parseInstant('T1'.repeat(MB / 2)), NaN],
  [
    'parseHours: a million spaces around the times and the dash',
    () => parseHours({ mon: `${spaces(MB / 2)}09:00${spaces(MB / 2)}-${spaces(MB / 2)}18:00${spaces(MB / 2)}` }).weekly[0],
    [{ start: 540, end: 1080 }],
  ],
  ['parseHours: spaces and no dash', () => parseHours({ mon: `${spaces(MB)}09:00${spaces(MB)}` }).problems.length, 1],
  ['normalise + tokenise: ` a` repeated', () => tokenise(normalise(' a'.repeat(MB / 2), 'en')).length, MB / 2],
  ['lexicon: half a million single letters apart', () => lexiconHits('а '.repeat(MB / 2)), []],
  ['lexicon: a spelled-out word after a long run of letters', () => lexiconHits(`${'а '.repeat(MB / 2)}. с у к а`), ['с у к а']],
  ['lexicon: pieces glued by dashes, a third of a million', () => lexiconSpans(`${'ab-'.repeat(MB / 3)} пиз-дец`), ['пиз-дец']],
  ['lexicon: a million symbols before a word', () => lexiconSpans(`${'@$+*'.repeat(MB / 4)}ss и @ss`), ['@ss']],
  ['lexicon: a Latin word of a million letters', () => lexiconSpans(`${'yo'.repeat(MB / 2)} blyat`), ['blyat']],
  ['lexicon: Latin words of many readings, a hundred thousand', () => lexiconSpans(`${'yiycxj '.repeat(MB / 7)}`), []],
  [
    'wordDiff: two unrelated texts of 200,000 words',
    () => {
      const before = 'word '.repeat(MB / 5),
        after = 'other '.repeat(MB / 6);
      const d = wordDiff(before, after);
      return [
        diffSide(d, 'before')
          .map((c) => c.text)
          .join('') === before,
        diffSide(d, 'after')
          .map((c) => c.text)
          .join('') === after,
      ];
    },
    [true, true],
  ],
];

describe('trims and scans stay linear on 1–2 MB of adversarial text', () => {
  it.each(CASES)('%s', (_name, compute, expected) => {
    expect(compute()).toEqual(expected);
  });

  it('the spelled-out word cap is documented as 40 letters', () => {
    expect(MAX_SPELLED_LETTERS).toBe(40);
  });
});

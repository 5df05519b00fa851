/** YAML texts built to hurt a parser (depth, aliases, syntax), with the diagnostic each must give: the test asserts it, the benchmark times it. */

const laughs = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

/** A billion-laughs alias bomb (9 levels of 9 aliases). */
export const LAUGHS = laughs;

/** [title, text, the start of `ruleId@line:column` of a diagnostic it must give]. */
export const HOSTILE_YAML: ReadonlyArray<readonly [string, string, string]> = [
  ['syntax error', 'a: [1, 2\nb: }\n', 'yaml/syntax@2:1'],
  ['tab indentation', 'types:\n\tx: 1\n', 'yaml/tab-indent@2:1'],
  ['duplicate key', 'brand: A\nlocale: ru\nbrand: B\n', 'yaml/duplicate-key@3:1'],
  ['two documents', 'a: 1\n---\nb: 2\n', 'yaml/syntax@2:1'],
  ['10,000 nested flow sequences', '['.repeat(10_000), 'load/too-deep@1:64'],
  ['10,000 nested flow mappings', '{a: '.repeat(10_000), 'load/too-deep@1:'],
  ['10,000 compact block sequences', `${'- '.repeat(10_000)}x\ny: 1\n`, 'load/too-deep@1:'],
  ['10,000 chained implicit keys', `${'a: '.repeat(10_000)}x`, 'load/too-deep@1:'],
  ['deep block mappings', Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), 'load/too-deep@64:'],
  ['billion laughs', laughs, 'yaml/alias-limit@'],
];

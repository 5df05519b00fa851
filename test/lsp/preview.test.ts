/** The template preview (`replybook/previewTemplate`): which template the cursor is in, and its rendered examples. */
import { describe, expect, it } from 'vitest';
import { previewTemplate, templateAt } from '../../src/lsp/preview.js';
import { Workspace } from '../../src/lsp/workspace.js';
import { previewText } from '../../editors/vscode/src/choose.js';

const PLAYBOOK = `replybook: 1
brand: Acme
locale: en
timezone: Europe/London
channels:
  x: { name: X, limit: 280, unit: twitter }
  email: { name: Email, limit: 5000 }
voices:
  care: { name: Acme Care, signature: 'Acme Care', default: true }
types:
  order: { }
  other: { fallback: true }
templates:
  order/known:
    when: { type: order, channel: x }
    text: 'Sorry about order {{signals.order-number}}, {{author.name}}.'
  other/default:
    description: Anything else
    text: |
      Hi {{author.name}}, thanks for telling us.
    when: { type: other }
escalations: []
`;

const FILE = 'pb/playbook.yaml';

function analysed(text = PLAYBOOK) {
  const ws = new Workspace();
  ws.open(FILE, text);
  const analysis = ws.analyse('pb', []);
  const playbook = analysis.result.draft!;
  return { playbook, symbols: ws.currentSymbols(analysis, FILE, text) };
}

/** The offset of the `n`th character of the first line containing `needle`. */
const offsetIn = (needle: string, column = 0) => PLAYBOOK.indexOf(needle) + column;

describe('templateAt', () => {
  const { playbook, symbols } = analysed();
  it.each([
    ['on the key of a template', offsetIn('order/known:', 2), 'order/known'],
    ['in its `when`', offsetIn('when: { type: order'), 'order/known'],
    ['in its text', offsetIn('Sorry about', 5), 'order/known'],
    ['in the text of the last template', offsetIn('Hi {{author', 4), 'other/default'],
    // The model keeps a template's key and text, not the mapping's end: keys after the last template's text are not found.
    ['in a `when` after the last template’s text', offsetIn('when: { type: other }', 3), undefined],
    ['in the channels', offsetIn('x: { name: X'), undefined],
    ['in the section after the templates', offsetIn('escalations: []', 2), undefined],
  ])('%s', (_what, offset, want) => {
    expect(templateAt(playbook, symbols, FILE, offset)?.id).toBe(want);
  });

  it('is none in another file', () => {
    expect(templateAt(playbook, symbols, 'pb/other.yaml', offsetIn('Sorry about'))).toBeUndefined();
  });
});

describe('previewTemplate', () => {
  const { playbook, symbols } = analysed();
  it("renders the template for the handbook's sample mention on each of its channels", () => {
    expect(previewTemplate(playbook, symbols, FILE, offsetIn('Sorry about'))).toEqual({
      template: 'order/known',
      examples: [{ channels: ['X'], result: { text: 'Sorry about order 12345678, Victoria.\nAcme Care' } }],
      text: 'Template order/known\nRendered for the sample mention the handbook uses.\n\n── X ──\nSorry about order 12345678, Victoria.\nAcme Care\n\n',
    });
  });

  it('writes the text in the reader’s language', () => {
    const p = previewTemplate(playbook, symbols, FILE, offsetIn('Hi {{author'), 'ru');
    expect(p.text).toBe(
      'Шаблон other/default — Anything else\nОтвет на пример упоминания из справочника агента.\n\n── X, Email ──\nHi Victoria, thanks for telling us.\nAcme Care\n\n',
    );
    expect(previewTemplate(playbook, symbols, FILE, 0, 'ru').text).toBe(
      'Предпросмотра нет: курсор не в шаблоне: поставьте его внутрь шаблона в `templates:` или на id шаблона.\n',
    );
  });

  it('says in English what the editor’s fallback for an older server says', () => {
    for (const offset of [offsetIn('Sorry about'), offsetIn('Hi {{author'), 0]) {
      const { text, ...rest } = previewTemplate(playbook, symbols, FILE, offset);
      expect(previewText(rest)).toBe(text);
    }
  });

  it('groups the channels that get the same reply, and keeps the description', () => {
    const p = previewTemplate(playbook, symbols, FILE, offsetIn('Hi {{author'));
    expect(p).toMatchObject({ template: 'other/default', description: 'Anything else' });
    expect('examples' in p && p.examples.map((e) => e.channels)).toEqual([['X', 'Email']]);
  });

  it.each([
    ['the cursor is outside every template', () => previewTemplate(playbook, symbols, FILE, 0), /not on a template/],
    ['the playbook does not compile', () => previewTemplate(null, null, FILE, 0), /errors that keep it from compiling/],
  ])('says why there is no preview when %s', (_what, run, message) => {
    const p = run();
    expect('error' in p && p.error).toMatch(message);
  });
});

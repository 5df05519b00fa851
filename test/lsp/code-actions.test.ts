/**
 * The code actions, in-process: a playbook is checked, its diagnostics become LSP diagnostics as the
 * server publishes them, and the actions are computed from what the client sends back. The fixes
 * read the diagnostics' `data`, so a reworded message changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../src/lsp/code-actions.js';
import { fixFor } from '../../src/diagnostics/fixes.js';
import { toLspDiagnostic } from '../../src/lsp/diagnostics.js';
import { createChecker } from '../../src/validate/index.js';
import { filesOf } from '../validate/helpers.js';

const URI = 'file:///work/pb/playbook.yaml';

const head = (tone: string) => `replybook: 1
brand: Acme
locale: ru
timezone: Europe/Moscow
channels:
  vk: { name: ВКонтакте, limit: 4096 }
voices:
  official: { name: Официальный аккаунт }
teams:
  pr: { name: PR }
types:
  rude: { match: { lexicon: profanity }, reply: none }
  complaint: { fallback: true }
tone:
${tone}
`;

const TONE = `  address: formal
  capitalize_vy: true
  avoid:
    - { phrase: проблема, prefer: ситуация }
    - { phrase: к сожалению, prefer: "объясните само правило и что клиент может сделать дальше, без сожалений" }`;

const withTemplate = (text: string, tone = TONE) =>
  `${head(tone)}templates:\n  complaint/default:\n    when: { type: complaint }\n    text: ${JSON.stringify(text)}\n`;

/** The LSP diagnostics the server would publish for a playbook.yaml. */
function published(yaml: string, docsBase?: string): LspDiagnostic[] {
  const r = createChecker().checkPlaybook('pb', filesOf({ 'playbook.yaml': yaml }));
  return r.diagnostics.filter((d) => d.file === 'pb/playbook.yaml').map((d) => toLspDiagnostic(d, (f) => f, docsBase));
}

/** The quick fixes for the document `text`, given the diagnostics the client sends back; and the text after applying each. */
function fixes(text: string, diagnostics: readonly LspDiagnostic[]) {
  const doc = TextDocument.create(URI, 'yaml', 1, text);
  const actions = codeActions({
    uri: URI,
    file: 'pb/playbook.yaml',
    text,
    diagnostics,
    range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
    schemaDir: null,
    complaintFile: false,
    textIn: (r) => doc.getText(r),
  });
  // "Disable … for this line" is offered for every diagnostic; its own test is below.
  return actions
    .filter((a) => !a.title.startsWith('Disable '))
    .map((a) => ({
      title: a.title,
      preferred: a.isPreferred === true,
      rules: a.diagnostics?.map((d) => d.code),
      fixed: TextDocument.applyEdits(doc, a.edit?.changes?.[URI] ?? []),
    }));
}

describe('quick fixes from diagnostic data', () => {
  it.each([
    {
      name: 'an avoided phrase as the tone lists it',
      text: 'Нам жаль, что возникла проблема.',
      title: 'Replace «проблема» with «ситуация»',
      after: 'Нам жаль, что возникла ситуация.',
      rule: 'tone/avoid',
      preferred: true,
    },
    {
      name: 'an avoided phrase at the start of a sentence keeps its capital',
      text: 'Проблема решена.',
      title: 'Replace «Проблема» with «Ситуация»',
      after: 'Ситуация решена.',
      rule: 'tone/avoid',
      preferred: true,
    },
    {
      name: 'a lower-case «вы» where the tone capitalises it',
      text: 'Спасибо, что вы написали.',
      title: 'Write «Вы»',
      after: 'Спасибо, что Вы написали.',
      rule: 'tone/capitalize-vy',
      preferred: true,
    },
  ])('$name', ({ text, title, after, rule, preferred }) => {
    const yaml = withTemplate(text);
    const got = fixes(yaml, published(yaml)).filter((f) => f.rules?.includes(rule));
    expect(got).toEqual([{ title, preferred, rules: [rule], fixed: yaml.replace(JSON.stringify(text), JSON.stringify(after)) }]);
  });

  it('offers the closest known name for a misspelt reference, not as the preferred fix', () => {
    const yaml = `${head(TONE)}escalations:\n  - { id: big, when: { type: rdue }, to: pr }\n`;
    const got = fixes(yaml, published(yaml));
    expect(got).toEqual([
      { title: 'Change `rdue` to `rude`', preferred: false, rules: ['ref/unknown-type'], fixed: yaml.replace('type: rdue', 'type: rude') },
    ]);
  });

  it.each([
    ['an inflected form (the replacement would not agree)', 'Из-за проблемы с доставкой.'],
    ['advice rather than a drop-in replacement', 'К сожалению, так нельзя.'],
  ])('offers no replacement for %s', (_name, text) => {
    const yaml = withTemplate(text);
    const diagnostics = published(yaml);
    expect(diagnostics.some((d) => d.code === 'tone/avoid')).toBe(true);
    expect(fixes(yaml, diagnostics)).toEqual([]);
  });

  it('fixes only what the range still holds after the buffer changed', () => {
    const yaml = withTemplate('Нам жаль, что возникла проблема.');
    const diagnostics = published(yaml);
    expect(fixes(yaml, diagnostics)).toHaveLength(1);
    expect(fixes(yaml.replace('возникла проблема', 'возникла вопросы'), diagnostics)).toEqual([]);
  });

  it('reads data, not the message: a reworded message gives the same fix, a message without data none', () => {
    const yaml = withTemplate('Нам жаль, что возникла проблема.');
    const [avoid] = published(yaml).filter((d) => d.code === 'tone/avoid');
    const reworded = fixes(yaml, [{ ...avoid, message: 'Что-то не так с тоном.' }]);
    expect(reworded.map((f) => f.title)).toEqual(['Replace «проблема» with «ситуация»']);
    expect(fixes(yaml, [{ ...avoid, data: undefined }])).toEqual([]);
  });

  it.each([
    ['another source', (d: LspDiagnostic) => ({ ...d, source: 'yaml' })],
    ['data of the wrong shape', (d: LspDiagnostic) => ({ ...d, data: { kind: 'avoided-phrase', phrase: 1, found: 'проблема' } })],
    ['data of an unknown kind', (d: LspDiagnostic) => ({ ...d, data: { kind: 'rewrite-everything', newText: 'x' } })],
  ])('ignores a diagnostic with %s', (_name, change) => {
    const yaml = withTemplate('Нам жаль, что возникла проблема.');
    const [avoid] = published(yaml).filter((d) => d.code === 'tone/avoid');
    expect(fixes(yaml, [change(avoid)])).toEqual([]);
  });

  it('fixFor: each kind without what makes a fix certain gives none', () => {
    expect(fixFor({ kind: 'address-form', found: 'ты' }, 'ты')).toBeUndefined();
    expect(fixFor({ kind: 'unknown-name', of: 'type', name: 'zzz' }, 'zzz')).toBeUndefined();
    expect(fixFor({ kind: 'avoided-phrase', phrase: 'увы', found: 'увы', inflected: false }, 'увы')).toBeUndefined();
    expect(fixFor({ kind: 'over-limit', unit: 'emoji', count: 3, limit: 1 }, '🙂')).toBeUndefined();
    expect(fixFor({ kind: 'avoided-phrase', phrase: 'увы', found: 'увы', inflected: false, prefer: 'жаль' }, 'Увы')?.newText).toBe('Жаль');
  });
});

describe('published diagnostics', () => {
  it('carry the rule documentation as codeDescription.href, and the data', () => {
    const yaml = withTemplate('Нам жаль, что возникла проблема.');
    const [avoid] = published(yaml, 'file:///opt/replybook/').filter((d) => d.code === 'tone/avoid');
    expect(avoid.codeDescription).toEqual({ href: 'file:///opt/replybook/docs/rules.md#tone/avoid' });
    expect(avoid.data).toEqual({ kind: 'avoided-phrase', phrase: 'проблема', found: 'проблема', inflected: false, prefer: 'ситуация' });
    // Without a base there is no absolute address to give (LSP wants a URI): no codeDescription.
    expect(published(yaml).find((d) => d.code === 'tone/avoid')?.codeDescription).toBeUndefined();
  });
});

describe('disable for this line', () => {
  it('offers a disable-next-line comment above the line, indented as it is, which silences the rule', () => {
    const yaml = withTemplate('Нам жаль, что возникла проблема.');
    const diagnostics = published(yaml);
    const doc = TextDocument.create(URI, 'yaml', 1, yaml);
    const actions = codeActions({
      uri: URI,
      file: 'pb/playbook.yaml',
      text: yaml,
      diagnostics,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      only: ['quickfix'],
      schemaDir: null,
      complaintFile: false,
      textIn: (r) => doc.getText(r),
    }).filter((a) => a.title === 'Disable `tone/avoid` for this line');
    expect(actions).toHaveLength(1);
    const fixed = TextDocument.applyEdits(doc, actions[0].edit?.changes?.[URI] ?? []);
    expect(fixed).toContain('    # replybook-disable-next-line tone/avoid\n    text: ');
    expect(published(fixed).some((d) => d.code === 'tone/avoid')).toBe(false);
  });
});

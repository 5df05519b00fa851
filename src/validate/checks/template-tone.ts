/**
 * `tone`: template text that breaks the tone of voice whatever the mention — an avoided phrase, a
 * «ты»-form under a formal address, a lower-case «вы» where «Вы» is required, more emoji or
 * exclamation marks than allowed. Runs on the template source with its `{{…}}` tags blanked out, for
 * every voice (a voice may override the tone) and locale the template can be used with, and points
 * at the phrase inside the YAML.
 */
import { toneOfVoice, type Locale, type Playbook, type Template, type Tone } from '../../model/playbook.js';
import { lineColumnAt } from '../../template/prescan.js';
import type { CheckContext, CheckExample, PlaybookCheck } from '../check.js';
import { blankTags, helperCalls } from '../../template/blank-tags.js';
import { locateInText, textRange } from '../../load/scalar-map.js';
import { TextPlacer } from './handlebars-source.js';
import type { Range } from '../../diagnostics/diagnostic.js';
import type { DiagnosticData } from '../../diagnostics/data.js';
import { findLowercaseVy, findTyForms } from '../../check-reply/address.js';
import { emojiSpans } from '../../check-reply/emoji.js';
import { findWords, fold } from '../../check-reply/words.js';
import { phraseTokens } from '../../text/phrase.js';
import { isPlainText } from '../../text/normalise.js';
import type { Token } from '../../text/tokenise.js';
import { signature, signatureOnce } from '../memo.js';

const HEAD = `# yaml-language-server: $schema=../../schema/playbook.schema.json
replybook: 1
brand: Acme Market
locale: ru
timezone: Europe/Moscow
channels:
  vk: { name: ВКонтакте, limit: 4096 }
voices:
  official: { name: Официальный аккаунт, signature: "Команда Acme Market" }
types:
  complaint: { fallback: true }
`;

const EXAMPLES: CheckExample[] = [
  {
    title: 'A template in the tone of voice',
    files: {
      'playbook.yaml': `${HEAD}tone:
  address: formal
  max_exclamations: 1
  avoid:
    - { phrase: проблема, prefer: ситуация }
templates:
  complaint/default:
    when: { type: complaint }
    text: |
      {{salutation author.name}} Спасибо, что написали. Нам жаль, что так вышло, разберёмся в ситуации.
`,
    },
    expect: [],
  },
  {
    title: 'An avoided phrase, «ты» under a formal tone and too many exclamation marks',
    files: {
      'playbook.yaml': `${HEAD}tone:
  address: formal
  max_exclamations: 1
  avoid:
    - { phrase: проблема, prefer: ситуация }
templates:
  complaint/default:
    when: { type: complaint }
    text: |
      Спасибо!! Это не проблема, мы всё решим.
      Напиши, если тебе удобно.
`,
    },
    expect: [
      { rule: 'tone/exclamations', at: '21:15' },
      { rule: 'tone/avoid', at: '21:24' },
      { rule: 'tone/address', at: '22:20' },
    ],
  },
];

/** The tone a voice speaks in: the playbook's, with the voice's overrides. */
export function voiceTone(pb: Playbook, voiceId: string): Tone {
  return toneOfVoice(pb, pb.voices.get(voiceId));
}

function quote(s: string): string {
  return `«${s}»`;
}

/**
 * Places a span of the template text in its file: exactly from the file's text when the checker
 * has it (escapes, folding and indentation included), else from the scalar's range and style alone,
 * else on the whole text.
 */
function spanPlacer(ctx: CheckContext, t: Template): (start: number, end: number) => Range {
  const hasText = typeof ctx.sourceText === 'function' && ctx.sourceText(t.textSource.file) !== undefined;
  if (hasText) {
    const placer = new TextPlacer(ctx, { id: t.id, kind: 'template', text: t.text, textSource: t.textSource });
    return (start, end) => placer.range(lineColumnAt(t.text, start), lineColumnAt(t.text, end));
  }
  return (start, end) => locateInText(t, start, end) ?? textRange(t);
}

/** One problem found in a template's text: a span of the text (UTF-16 offsets) and what to say. */
interface ToneFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
  note?: string;
  expected?: string[];
  actual: string;
  data: DiagnosticData;
}

/** What breaks the tone in a template's text, for every voice and locale it can be used with. Depends on the text, id, `when` and {@link toneSignature}. */
function toneFindings(pb: Playbook, t: Template): ToneFinding[] {
  const text = blankTags(t.text);
  const folded = fold(text);
  // A plain text's words are its folded words: an avoided phrase whose stems it does not spell out is not looked for by stems.
  const plain = isPlainText(text);
  const locales: Locale[] = t.when.locale ?? [pb.locale];
  const voices = t.when.voice ?? [...pb.voices.keys()];
  const seen = new Set<string>();
  const out: ToneFinding[] = [];
  const report = (finding: ToneFinding) => {
    const key = `${finding.rule}\u0000${finding.start}\u0000${finding.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(finding);
  };
  let emojiOnce: ReturnType<typeof emojiSpans> | undefined;
  // The text tokenised and stemmed once per locale, for every avoided phrase of every voice.
  const tokens = new Map<Locale, Token[]>();
  const tokensIn = (locale: Locale) => (): Token[] => {
    let t = tokens.get(locale);
    if (!t) tokens.set(locale, (t = phraseTokens(text, locale)));
    return t;
  };
  for (const voiceId of voices.length ? voices : [pb.defaultVoice]) {
    const tone = voiceTone(pb, voiceId);
    const voiceNote = voices.length > 1 && pb.voices.get(voiceId)?.tone ? `With the tone of voice \`${voiceId}\`.` : undefined;
    for (const locale of locales) {
      for (const rule of tone.avoid) {
        const found = findWords(text, folded, rule.phrase, locale, tokensIn(locale), plain);
        if (!found) continue;
        const inflected = fold(found.text) !== fold(rule.phrase);
        const as = inflected ? ` (as ${quote(found.text)})` : '';
        const prefer = rule.prefer ? `; prefer ${quote(rule.prefer)}` : '';
        report({
          rule: 'avoid',
          start: found.start,
          end: found.end,
          message: `Template \`${t.id}\` uses ${quote(rule.phrase)}${as}, which the tone of voice avoids${prefer}`,
          note: rule.why ?? voiceNote,
          ...(rule.prefer ? { expected: [rule.prefer] } : {}),
          actual: found.text,
          data: {
            kind: 'avoided-phrase',
            phrase: rule.phrase,
            found: found.text,
            inflected,
            ...(rule.prefer ? { prefer: rule.prefer } : {}),
          },
        });
      }
      if (locale === 'ru' && tone.address === 'formal') {
        for (const w of findTyForms(text))
          report({
            rule: 'address',
            start: w.start,
            end: w.end,
            message: `Template \`${t.id}\` says ${quote(w.text)}, but the tone of voice is formal: address the customer with «вы»`,
            note: voiceNote,
            expected: ['вы'],
            actual: w.text,
            data: { kind: 'address-form', found: w.text },
          });
      }
      if (locale === 'ru' && tone.capitalizeVy) {
        for (const w of findLowercaseVy(text)) {
          const capital = w.text[0].toUpperCase() + w.text.slice(1);
          report({
            rule: 'capitalize-vy',
            start: w.start,
            end: w.end,
            message: `Template \`${t.id}\` writes ${quote(w.text)}; the tone of voice capitalises ${quote(capital)} when addressing one person`,
            note: voiceNote,
            expected: [capital],
            actual: w.text,
            data: { kind: 'address-form', found: w.text, replacement: capital },
          });
        }
      }
    }
    const maxEmoji = tone.emoji === 'none' ? 0 : (tone.maxEmoji ?? Infinity);
    const emoji = (emojiOnce ??= emojiSpans(text));
    if (emoji.length > maxEmoji) {
      const first = emoji[maxEmoji];
      report({
        rule: 'emoji',
        start: first.start,
        end: first.end,
        message: `Template \`${t.id}\` has ${emoji.length} emoji; the tone of voice allows ${maxEmoji === 0 ? 'none' : `at most ${maxEmoji}`}`,
        note: voiceNote,
        expected: [String(maxEmoji)],
        actual: String(emoji.length),
        data: { kind: 'over-limit', unit: 'emoji', count: emoji.length, limit: maxEmoji },
      });
    }
    if (tone.maxExclamations !== undefined) {
      const bangs = [...text.matchAll(/!/g)].map((m) => m.index ?? 0);
      const fromSalutation = helperCalls(t.text, 'salutation').length;
      if (bangs.length + fromSalutation > tone.maxExclamations) {
        const first = bangs[tone.maxExclamations - fromSalutation] ?? bangs[0] ?? 0;
        const extra = fromSalutation ? ` (${fromSalutation} of them from {{salutation}})` : '';
        const count = bangs.length + fromSalutation;
        report({
          rule: 'exclamations',
          start: first,
          end: first + 1,
          message: `Template \`${t.id}\` has ${count} exclamation marks${extra}; the tone of voice allows at most ${tone.maxExclamations}`,
          note: voiceNote,
          expected: [String(tone.maxExclamations)],
          actual: String(count),
          data: { kind: 'over-limit', unit: 'exclamation marks', count, limit: tone.maxExclamations },
        });
      }
    }
  }
  return out;
}

let nextToneId = 0;

/** Everything of the playbook (positions aside) that {@link toneFindings} reads besides the template. */
function toneSignature(pb: Playbook): string {
  return signature({
    locale: pb.locale,
    defaultVoice: pb.defaultVoice,
    tone: pb.tone,
    voices: [...pb.voices.values()].map((v) => [v.id, v.tone ?? null]),
  });
}

function checkTemplate(ctx: CheckContext, t: Template, toneKey: string): void {
  const found = ctx.memo
    ? ctx.memo.getWith(`${toneKey}${t.id}\u0000${signatureOnce(t.when)}`, t.text, () => toneFindings(ctx.playbook, t))
    : toneFindings(ctx.playbook, t);
  if (found.length === 0) return;
  const place = spanPlacer(ctx, t);
  for (const f of found) {
    ctx.report({
      at: { file: t.textSource.file, range: place(f.start, f.end), path: t.textSource.path },
      rule: f.rule,
      message: f.message,
      note: f.note,
      expected: f.expected,
      actual: f.actual,
      data: f.data,
    });
  }
}

/** The `tone` check: template text against the tone of voice. */
export const templateToneCheck: PlaybookCheck = {
  id: 'tone',
  severity: 'error',
  description:
    'Template text that breaks the tone of voice: avoided phrases, «ты» under a formal address, lower-case «вы», too many emoji or exclamation marks.',
  rules: {
    avoid: 'The template uses a phrase the tone of voice avoids.',
    address: 'The template uses «ты»-forms although the tone of voice is formal.',
    'capitalize-vy': 'The template writes «вы» in lower case although the tone of voice capitalises «Вы».',
    emoji: 'The template has more emoji than the tone of voice allows.',
    exclamations: 'The template has more exclamation marks than the tone of voice allows.',
  },
  examples: EXAMPLES,
  run(ctx) {
    // The tone's signature is long: each template's key carries a short number standing for it
    // (the same while the memo keeps it), not a copy to hash for each of 1,000 templates.
    const toneKey = ctx.memo
      ? `tone\u0000${ctx.memo.get(`tone-signature\u0000${toneSignature(ctx.playbook)}`, () => nextToneId++)}\u0000`
      : '';
    for (const t of ctx.playbook.templates.values()) checkTemplate(ctx, t, toneKey);
  },
};

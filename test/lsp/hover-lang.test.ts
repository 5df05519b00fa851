/**
 * The hover in the diagnostics' language: a Russian playbook's template, type, channel and
 * lexicon hovers in Russian (the kind of id, the length and its unit, where the reply comes from,
 * the sample count with its plural), an English one's in English.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { checkProject } from '../../src/validate/index.js';
import { compileRuntime, respond, type Runtime } from '../../src/engine/index.js';
import { hoverAt, type HoverInput } from '../../src/lsp/hover.js';
import type { IdKind, IdOccurrence, SymbolIndex } from '../../src/lsp/symbols.js';
import type { Lang } from '../../src/i18n/index.js';
import type { Complaint, Outcome } from '../../src/model/outcome.js';
import type { Playbook } from '../../src/model/playbook.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { RULES } from '../../src/validate/index.js';

const root = path.resolve(__dirname, '../..');

interface Loaded {
  playbook: Playbook;
  runtime: Runtime;
  outcomes: Array<{ complaint: Complaint; outcome: Outcome }>;
}
const loaded = new Map<string, Loaded>();

beforeAll(async () => {
  const { files } = await collectFiles(await ProjectFs.at(root), [path.join(root, 'playbooks')]);
  for (const entry of checkProject(files).playbooks) {
    if (!entry.playbook) continue;
    const runtime = compileRuntime(entry.playbook);
    const outcomes = entry.complaints.map((complaint) => ({ complaint, outcome: respond(runtime, complaint) }));
    loaded.set(path.basename(entry.dir), { playbook: entry.playbook, runtime, outcomes });
  }
});

/** The hover on an id of `kind`, as the server asks it (the symbol index answers with that id). */
function hover(dir: string, kind: IdKind, id: string, lang: Lang, outcomes?: Loaded['outcomes']): string {
  const l = loaded.get(dir)!;
  const at: IdOccurrence = {
    kind,
    id,
    file: 'x.yaml',
    range: { start: { line: 0, column: 0 }, end: { line: 0, column: id.length } },
    path: [],
    role: 'reference',
  } as unknown as IdOccurrence;
  const input: HoverInput = {
    file: 'x.yaml',
    offset: 0,
    symbols: { at: () => at } as unknown as SymbolIndex,
    playbook: l.playbook,
    runtime: () => l.runtime,
    outcomes: () => outcomes ?? l.outcomes,
    diagnostics: [],
    rules: new Map(),
    lang,
  };
  return hoverAt(input)!.markdown;
}

describe('hover in the diagnostics’ language', () => {
  it('a Russian playbook’s template: the kind, the reply’s length in its unit, and which sample complaint it is for', () => {
    const md = hover('acme-market', 'template', 'constructive/unidentified', 'ru');
    expect(md).toMatch(/^\*\*шаблон\*\* `constructive\/unidentified`/);
    expect(md).toMatch(/\d+ \/ 3000 символов · otzovik · ответ на пример жалобы `[^`]+` \(/);
    expect(md).not.toMatch(/graphemes|sample complaint| for /);
  });

  it('a template no sample complaint gets is rendered for a made-up mention, said so in Russian', () => {
    const md = hover('acme-market', 'template', 'constructive/unidentified', 'ru', []);
    expect(md).toContain('ответ на придуманное упоминание (этот шаблон не получает ни один пример жалобы)');
  });

  it('a type: its traits and how many sample complaints get it, with the Russian plural', () => {
    const l = loaded.get('acme-market')!;
    const total = l.outcomes.length;
    const n = l.outcomes.filter((o) => o.outcome.type === 'constructive').length;
    expect(n).toBeGreaterThan(1);
    const md = hover('acme-market', 'type', 'constructive', 'ru');
    expect(md).toMatch(/^\*\*тип\*\* `constructive`/);
    expect(md).toContain(`${n} из ${total} примеров жалоб получают этот тип`);
    const one = hover('acme-market', 'type', 'constructive', 'ru', l.outcomes.filter((o) => o.outcome.type === 'constructive').slice(0, 1));
    expect(one).toContain('1 из 1 примера жалобы получает этот тип');
  });

  it('a channel and a built-in lexicon are described in Russian; an unknown id is said to be missing', () => {
    expect(hover('acme-market', 'channel', 'x', 'ru')).toMatch(/^\*\*канал\*\* `x` — .+: до 280 знаков X$/);
    expect(hover('acme-market', 'lexicon', 'profanity', 'ru')).toMatch(/^\*\*словарь\*\* `profanity` — Встроенный словарь/);
    expect(hover('acme-market', 'template', 'nope', 'ru')).toBe('**шаблон** `nope`: такого нет в этом playbook');
  });

  it('a diagnostic’s rule: its severity and its description in the reader’s language (a sub-rule by its rule)', () => {
    const l = loaded.get('acme-market')!;
    const on = (ruleId: string, lang: Lang): string => {
      const d = {
        file: 'x.yaml',
        ruleId,
        severity: 'warning',
        message: 'm',
        range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 9, offset: 9 } },
      };
      return hoverAt({
        file: 'x.yaml',
        offset: 3,
        symbols: { at: () => undefined } as unknown as SymbolIndex,
        playbook: l.playbook,
        runtime: () => l.runtime,
        outcomes: () => l.outcomes,
        diagnostics: [d as unknown as Diagnostic],
        rules: new Map(RULES.map((r) => [r.id, r])),
        lang,
      })!.markdown;
    };
    expect(on('tone/address', 'ru')).toBe(
      '**tone/address** (предупреждение): В шаблоне есть обращение на «ты», хотя тон голоса формальный.',
    );
    expect(on('tone/address', 'en')).toBe(`**tone/address** (warning): ${RULES.find((r) => r.id === 'tone/address')!.description}`);
    expect(on('schema/enum/extra', 'ru')).toBe('**schema/enum/extra** (предупреждение): Значение не входит в число допустимых.');
  });

  it('an English playbook’s hovers stay in English', () => {
    const md = hover('brightbean', 'template', 'constructive/x-unidentified', 'en');
    expect(md).toMatch(/^\*\*template\*\* `constructive\/x-unidentified`/);
    expect(md).toMatch(/\d+ \/ 280 X characters · x · for sample complaint `[^`]+` \(/);
    expect(hover('brightbean', 'type', 'constructive', 'en')).toMatch(/\d+ of \d+ sample complaints get this type/);
  });
});

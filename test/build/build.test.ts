import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import {
  buildArtifacts,
  buildPlaybook,
  duplicatePlaybookIds,
  escapeHtml,
  escapeMarkdown,
  manifestFiles,
  manifestText,
  MANIFEST_FORMAT,
  replyFileName,
  stableJson,
  templateExampleRenderer,
  type PlaybookBuildInput,
} from '../../src/build/index.js';
import { miniPlaybook, miniSamples } from './support/mini-playbook.js';

const require = createRequire(import.meta.url);
const schema = require('../../schema/reply-library.schema.json') as object;

function input(opts: Parameters<typeof miniPlaybook>[0] = {}): PlaybookBuildInput {
  const playbook = miniPlaybook(opts);
  const { complaints, results } = miniSamples(playbook);
  return { playbook, complaints, results, render: templateExampleRenderer(playbook) };
}

const files = (inp: PlaybookBuildInput) => new Map(buildPlaybook(inp).map((a) => [a.path, a.content]));

describe('buildPlaybook', () => {
  it('writes the reply library, both handbooks and one reply file per replied complaint', () => {
    expect([...files(input()).keys()].sort()).toEqual([
      'mini/handbook.html',
      'mini/handbook.md',
      'mini/replies/anon-bad.txt',
      'mini/replies/viktoria-late.txt',
      'mini/reply-library.json',
    ]);
  });

  it('builds byte-identical output from the same sources (fresh objects, fresh renderer)', () => {
    const a = buildArtifacts([input()]);
    const b = buildArtifacts([input()]);
    expect(b.map((x) => x.path)).toEqual(a.map((x) => x.path));
    for (let i = 0; i < a.length; i++) expect(Buffer.from(b[i].content)).toEqual(Buffer.from(a[i].content));
  });

  it('changes the output when a source changes', () => {
    const a = files(input());
    const b = files(input({ description: 'Другое описание' }));
    expect(b.get('mini/handbook.md')).not.toEqual(a.get('mini/handbook.md'));
    expect(b.get('mini/reply-library.json')).not.toEqual(a.get('mini/reply-library.json'));
  });

  it('writes each reply as plain text with one final newline', () => {
    expect(files(input()).get('mini/replies/anon-bad.txt')).toBe(
      'Доброе утро! Спасибо за отзыв, нам жаль, что впечатление испортилось.\nКоманда Мини Маркет\n',
    );
  });
});

describe('reply library', () => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);

  it.each(['ru', 'en'] as const)('validates against schema/reply-library.schema.json (%s)', (locale) => {
    const doc = JSON.parse(files(input({ locale })).get('mini/reply-library.json') as string);
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('is rejected by the schema when a required part is missing (the schema can fail)', () => {
    const doc = JSON.parse(files(input()).get('mini/reply-library.json') as string);
    delete doc.templates[0].examples;
    expect(validate(doc)).toBe(false);
  });

  it('has every template with its when, source, file and a rendered example per channel it applies to', () => {
    const doc = JSON.parse(files(input()).get('mini/reply-library.json') as string);
    const t = doc.templates.find((x: { id: string }) => x.id === 'constructive/default');
    expect(t.when).toEqual({ type: ['constructive'] });
    expect(t.file).toBe('templates.yaml');
    expect(t.source).toContain('{{signals.order-number}}');
    expect(t.examples.map((e: { channel: string }) => e.channel)).toEqual(['vk', 'x', 'otzovik']);
    expect(t.examples[0].text).toBe(
      'Добрый день, Виктория! Спасибо, что написали. Нам жаль, что заказ 12345678 задержался. Уже разбираемся.\nКоманда Мини Маркет',
    );
    const x = doc.templates.find((y: { id: string }) => y.id === 'short/x');
    expect(x.examples.map((e: { channel: string }) => e.channel)).toEqual(['x']);
  });

  it('has the escalation matrix, the SLA, types and channels', () => {
    const doc = JSON.parse(files(input()).get('mini/reply-library.json') as string);
    expect(doc.escalations[0]).toMatchObject({
      id: 'legal',
      to: 'legal',
      teamName: 'Юридический отдел',
      priority: 'urgent',
      approval: true,
      reply: 'holding',
      respondWithin: { text: '1h' },
    });
    // a rule without its own target takes its priority's
    expect(doc.escalations[1].respondWithin).toEqual({ kind: 'business-minutes', minutes: 120, text: '2 business hours' });
    expect(doc.sla.firstResponse.text).toBe('1 business day');
    expect(doc.types.map((t: { id: string }) => t.id)).toEqual(['profanity', 'constructive', 'non-constructive']);
    expect(doc.channels[1]).toEqual({ id: 'x', name: 'X', limit: 280, unit: 'twitter', kind: 'social' });
    expect(doc.schedule.holidays).toEqual(['2026-12-30', '2026-12-31']);
  });

  it('writes object keys sorted', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{\n  "a": {\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
});

describe('agent handbook', () => {
  it('is in Russian for a ru playbook, with the rules in words', () => {
    const md = files(input()).get('mini/handbook.md') as string;
    for (const h of [
      '# Справочник агента: Мини Маркет',
      '## Виды негатива',
      '## Тон общения',
      '## Шаблоны ответов',
      '## Ответы по каналам и командам',
      '## Эскалации и сроки',
    ])
      expect(md).toContain(h);
    expect(md).toContain(
      'Юридические угрозы → Юридический отдел, срочно, в течение 1 часа, ответ согласовать, сначала промежуточный ответ',
    );
    expect(md).toContain('Автор с большой аудиторией → Служба поддержки, высокий приоритет, в течение 2 рабочих часов');
    expect(md).toContain('Первый ответ: в течение 1 рабочего дня.');
    expect(md).toContain('«проблема» → вместо этого: «ситуация»');
    expect(md).toContain('Пн–Пт: 09:00–18:00');
    expect(md).toContain('Вс: выходной');
  });

  it('is in English for an en playbook', () => {
    const md = files(input({ locale: 'en' })).get('mini/handbook.md') as string;
    for (const h of [
      '# Agent handbook: Mini Market',
      '## Kinds of negativity',
      '## Tone of voice',
      '## Reply templates',
      '## Escalations and deadlines',
    ])
      expect(md).toContain(h);
    expect(md).toContain('Legal threats → Legal, urgent, within 1 hour, needs approval');
    expect(md).toContain('First response: within 1 business day.');
    expect(md).not.toContain('Виды негатива');
  });

  it('is in the language asked for (--lang) rather than the playbook’s', () => {
    const inp = { ...input(), lang: 'en' as const };
    const md = files(inp).get('mini/handbook.md') as string;
    expect(md).toContain('# Agent handbook: Мини Маркет');
    expect(files(inp).get('mini/handbook.html')).toMatch(/<html lang="en">/);
  });

  it('heads types and templates with their human names, ids beside', () => {
    const md = files(input()).get('mini/handbook.md') as string;
    expect(md).toContain('### Мат и оскорбления `profanity`');
    expect(md).toContain('Не вступаем в диалог, скрываем.');
    expect(md).toContain('### Конструктивный отзыв с номером заказа `constructive/default`');
    // no description: the id is the name
    expect(md).toContain('### non-constructive/default `non-constructive/default`');
  });

  it('shows example complaints under their type, replies to real samples under their template, the fixed example marked', () => {
    const md = files(input()).get('mini/handbook.md') as string;
    const types = md.slice(md.indexOf('## Виды негатива'), md.indexOf('## Тон общения'));
    expect(types.indexOf('> Ужасный магазин, никогда больше.')).toBeGreaterThan(types.indexOf('`non-constructive`'));
    const tpl = (id: string) => {
      const from = md.indexOf(`\`${id}\``, md.indexOf('## Шаблоны ответов'));
      return md.slice(from, md.indexOf('\n### ', from));
    };
    // selected by the sample anon-bad: its customer, its text, its deadline in words
    expect(tpl('non-constructive/default')).toContain('**Пример — ВКонтакте, пишет Иван**');
    expect(tpl('non-constructive/default')).toContain('> Ужасный магазин, никогда больше.');
    expect(tpl('non-constructive/default')).toContain('**ответить до 3 марта, 10:15 МСК**');
    expect(tpl('holding/legal')).toContain('пишет Виктория');
    expect(tpl('holding/legal')).toContain('эскалация: Юридический отдел');
    // no sample selects it: the fixed example, marked, identical renders on several channels shown once
    expect(tpl('constructive/default')).toContain(
      '**Условный пример — ВКонтакте, X, Отзовик (ни одна тестовая жалоба не выбирает этот шаблон)**',
    );
    // the Handlebars source is for editors
    expect(tpl('constructive/default')).toContain('Для редакторов: текст шаблона (Handlebars):');
  });

  it('lists the templates each channel and team replies from', () => {
    const md = files(input()).get('mini/handbook.md') as string;
    const views = md.slice(md.indexOf('## Ответы по каналам и командам'), md.indexOf('## Эскалации и сроки'));
    expect(views).toContain('**Юридический отдел**: holding/legal');
    expect(views).toMatch(/\*\*X\*\*: Конструктивный отзыв с номером заказа · .*Коротко для X/);
  });

  it('escapes every text in the HTML page and loads nothing from outside', () => {
    const html = files(input({ description: '<img src=x onerror=alert(1)> & "кавычки"' })).get('mini/handbook.html') as string;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;кавычки&quot;');
    expect(html).not.toContain('<img');
    // the only scripts are the page's own: no script from a playbook or a complaint
    expect(html.match(/<script/g)?.length).toBe((html.match(/<script type="application\/json"/g)?.length ?? 0) + 1);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toMatch(/<link|src=["']|url\(|@import|href=["']https?:/);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ru">/);
    expect(html).toContain(`default-src 'none'`);
    expect(html).toContain('<h2 id="виды-негатива"><span class="name">Виды негатива</span></h2>');
    expect(html).toMatch(/<header>[\s\S]*<\/header>\n<nav class="toc"[\s\S]*<\/nav>\n<main id="main"/);
  });

  it('keeps raw Handlebars out of the replies an agent copies: only in the collapsed block for editors', () => {
    const html = files(input()).get('mini/handbook.html') as string;
    const copied = [...html.matchAll(/<pre class="reply-text"[^>]*>([^<]*)<\/pre>/g)].map((m) => m[1]);
    expect(copied.length).toBeGreaterThan(3);
    for (const text of copied) expect(text).not.toContain('{{');
    expect(html).toMatch(/<details class="source"><summary>Для редакторов: текст шаблона \(Handlebars\)<\/summary><pre>\{\{greeting\}\}/);
    expect(html).toMatch(
      /<button type="button" class="copy" data-copy="reply-anon-bad-text" aria-label="Скопировать ответ: [^"]+">Копировать<\/button>/,
    );
  });

  it('has a search box over a prebuilt MiniSearch index when the library is given, and none without it', () => {
    const without = files(input()).get('mini/handbook.html') as string;
    expect(without).not.toContain('id="search"');
    const html = files({ ...input(), searchLibrary: 'window.MiniSearch = {};\n//# sourceMappingURL=index.js.map\n' }).get(
      'mini/handbook.html',
    ) as string;
    expect(html).toContain('<input type="search" id="search"');
    expect(html).toContain('<script>\nwindow.MiniSearch = {};\n</script>');
    const index = JSON.parse(/<script type="application\/json" id="search-index">(.*?)<\/script>/.exec(html)![1]!);
    expect(index.documentCount).toBe(html.match(/<figure class="reply"/g)!.length);
    expect(JSON.stringify(index)).not.toContain('<');
  });

  it('escapes Markdown syntax in playbook text', () => {
    expect(escapeMarkdown('*bold* <b>x</b> [a](b) &amp;')).toBe('\\*bold\\* \\<b\\>x\\</b\\> \\[a\\](b) \\&amp;');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list')).toBe('\\# not a heading  \n\\- not a list  \n1\\. not a list');
    expect(escapeHtml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;');
  });
});

describe('manifest and helpers', () => {
  it('lists every artifact with its hash, sorted, and the test summary; no timestamp', () => {
    const text = manifestText({
      version: '0.1.0',
      source: { commit: 'a'.repeat(40), dirty: false },
      hashes: new Map([
        ['b/x.txt', '2'],
        ['a/y.json', '1'],
      ]),
      playbooks: [{ id: 'mini', dir: 'playbooks/mini', brand: 'Мини', locale: 'ru' }],
      tests: { passed: 3, failed: 1 },
      allowFailingTests: true,
    });
    const m = JSON.parse(text);
    expect(Object.keys(m.artifacts)).toEqual(['a/y.json', 'b/x.txt']);
    expect(m).toMatchObject({
      replybook: '0.1.0',
      allowFailingTests: true,
      tests: { passed: 3, failed: 1, total: 4 },
      source: { dirty: false },
    });
    expect(text).not.toMatch(/20\d\d-\d\d-\d\dT/);
    // The generator marker and the list of files it wrote: what lets the next build replace the folder.
    expect(m).toMatchObject({ format: MANIFEST_FORMAT, formatVersion: 1 });
    expect(manifestFiles(text)).toEqual(['manifest.json', 'a/y.json', 'b/x.txt']);
  });

  it.each([
    ['not JSON', 'nope'],
    ['no marker', JSON.stringify({ artifacts: { 'a.txt': {} } })],
    ['another marker', JSON.stringify({ format: 'other/tool', artifacts: {} })],
    ['artifacts not an object', JSON.stringify({ format: MANIFEST_FORMAT, artifacts: ['a.txt'] })],
    ['a path climbing out', JSON.stringify({ format: MANIFEST_FORMAT, artifacts: { 'a/../../x': {} } })],
    ['an absolute path', JSON.stringify({ format: MANIFEST_FORMAT, artifacts: { '/etc/passwd': {} } })],
    ['a backslash path', JSON.stringify({ format: MANIFEST_FORMAT, artifacts: { 'a\\..\\x': {} } })],
  ])('manifestFiles refuses a manifest replybook did not write: %s', (_name, text) => {
    expect(manifestFiles(text)).toBeNull();
  });

  it('makes safe, unique reply file names', () => {
    expect(replyFileName('a/../b c')).toBe('a_.._b_c.txt');
    expect(replyFileName('..')).toBe('_.txt');
    expect(replyFileName('.hidden')).toBe('_hidden.txt');
    expect(
      duplicatePlaybookIds([
        { playbook: { id: 'a', dir: 'x/a' } },
        { playbook: { id: 'a', dir: 'y/a' } },
        { playbook: { id: 'b', dir: 'b' } },
      ]),
    ).toEqual([{ id: 'a', dirs: ['x/a', 'y/a'] }]);
  });
});

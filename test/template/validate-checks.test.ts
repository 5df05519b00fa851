import { describe, expect, it } from 'vitest';
import type { CheckContext, CheckReport, PlaybookCheck } from '../../src/validate/check.js';
import type { Playbook } from '../../src/model/playbook.js';
import { templateToneCheck } from '../../src/validate/checks/template-tone.js';
import { templateLengthCheck } from '../../src/validate/checks/template-length.js';
import { channel, playbook, template, tone, voice } from './support.js';
import { slice, templatesFromYaml } from './yaml-templates.js';

function run(check: PlaybookCheck, pb: Playbook, fileText?: string): CheckReport[] {
  const out: CheckReport[] = [];
  const ctx = {
    playbook: pb,
    report: (r: CheckReport) => out.push(r),
    definitions: [],
    sourceText: () => fileText,
    locate: () => pb.templates.values().next().value!.source,
  };
  check.run(ctx as CheckContext);
  return out;
}

const SRC = `templates:
  bad:
    when: { type: constructive }
    text: |
      {{salutation author.name}} Спасибо!! Это не проблема.
      Напиши, если тебе удобно 🙂 и Вам, и вам.
  good:
    text: "{{greeting}}, {{name author.name}}. Спасибо, разберёмся в ситуации."
  tagged:
    text: "{{#if author.name}}{{author.name}}{{/if}} {{!-- ты проблема!!! --}}ок"
`;

describe('tone check (templates)', () => {
  const templates = templatesFromYaml(SRC);
  const strictTone = tone({
    address: 'formal',
    capitalizeVy: true,
    maxExclamations: 1,
    avoid: [{ phrase: 'проблема', prefer: 'ситуация', why: 'we say «ситуация»' }],
  });

  it('reports each breach at the offending phrase in the YAML', () => {
    const reports = run(templateToneCheck, playbook({ templates, tone: strictTone }));
    expect(reports.map((r) => [r.rule, slice(SRC, r.at.range)])).toEqual([
      ['avoid', 'проблема'],
      ['address', 'тебе'],
      ['capitalize-vy', 'вам'],
      ['emoji', '🙂'],
      ['exclamations', '!'],
    ]);
    const avoid = reports[0];
    expect(avoid.message).toBe('Template `bad` uses «проблема», which the tone of voice avoids; prefer «ситуация»');
    expect(avoid.note).toBe('we say «ситуация»');
    expect(reports[4].message).toBe(
      'Template `bad` has 3 exclamation marks (1 of them from {{salutation}}); the tone of voice allows at most 1',
    );
    expect(reports[1].at.range.start).toMatchObject({ line: 6, column: 20 });
    expect(reports[1].at.path).toEqual(['templates', 'bad', 'text']);
  });

  it('places spans exactly from the file text when the checker has it', () => {
    const reports = run(templateToneCheck, playbook({ templates, tone: strictTone }), SRC);
    expect(reports.map((r) => [r.rule, slice(SRC, r.at.range)])).toEqual([
      ['avoid', 'проблема'],
      ['address', 'тебе'],
      ['capitalize-vy', 'вам'],
      ['emoji', '🙂'],
      ['exclamations', '!'],
    ]);
  });

  it('passes templates in the tone, ignoring what is inside tags', () => {
    const good = templates.filter((t) => t.id !== 'bad');
    expect(run(templateToneCheck, playbook({ templates: good, tone: strictTone }))).toEqual([]);
  });

  it("uses a voice's tone overrides for the voices the template applies to", () => {
    const t = template('t', { voice: ['anna'] }, 'Привет 🙂');
    const pb = playbook({ templates: [t], voices: [voice('official'), voice('anna', { tone: { emoji: 'allowed' } })] });
    expect(run(templateToneCheck, pb)).toEqual([]);
    const any = template('t', {}, 'Привет 🙂');
    const reports = run(
      templateToneCheck,
      playbook({ templates: [any], voices: [voice('official'), voice('anna', { tone: { emoji: 'allowed' } })] }),
    );
    expect(reports.map((r) => r.rule)).toEqual(['emoji']);
  });

  it('falls back to the whole text when the position cannot be told', () => {
    const t = template('t', {}, 'Это проблема');
    const [r] = run(templateToneCheck, playbook({ templates: [t], tone: tone({ avoid: [{ phrase: 'проблема' }] }) }));
    expect(r.at.range).toEqual(t.textSource.range);
  });

  it('checks no «ты» in English templates', () => {
    const t = template('t', { locale: ['en'] }, 'ты');
    expect(run(templateToneCheck, playbook({ templates: [t] }))).toEqual([]);
  });

  it('documents its examples', () => {
    expect(templateToneCheck.examples.map((e) => e.expect.map((x) => x.rule))).toEqual([
      [],
      ['tone/exclamations', 'tone/avoid', 'tone/address'],
    ]);
    for (const e of templateToneCheck.examples) expect(e.files['playbook.yaml']).toContain('replybook: 1');
  });
});

describe('channel/too-long check', () => {
  const x = channel('x', { name: 'X', limit: 60, unit: 'twitter' });
  const vk = channel('vk', { limit: 4096 });

  it('reports a template that cannot fit even with the shortest values', () => {
    const long = template('long', {}, '{{salutation author.name}} ' + 'Спасибо, что написали нам. '.repeat(3));
    const reports = run(templateLengthCheck, playbook({ templates: [long], channels: [vk, x] }));
    expect(reports).toHaveLength(1);
    expect(reports[0].message).toMatch(
      /^Template `long` is at least \d+ X-weighted characters with the signature, over the limit of 60 on channel `x` by \d+, even with the shortest values$/,
    );
    expect(reports[0].note).toContain('applies to every channel');
  });

  it("counts only the channels in the template's when", () => {
    const long = template('long', { channel: ['vk'] }, 'Спасибо, что написали нам. '.repeat(5));
    expect(run(templateLengthCheck, playbook({ templates: [long], channels: [vk, x] }))).toEqual([]);
  });

  it('passes a template that fits with short values though a long name might not', () => {
    const t = template('t', {}, '{{salutation author.name}} {{text}}');
    expect(run(templateLengthCheck, playbook({ templates: [t], channels: [x] }))).toEqual([]);
  });

  it('includes the signature, and the shortest of the voices', () => {
    const t = template('t', {}, 'a'.repeat(50));
    const long = voice('official', { signature: 'Команда самого лучшего магазина' });
    const short = voice('anna', { signature: 'Анна' });
    expect(run(templateLengthCheck, playbook({ templates: [t], channels: [x], voices: [long] }))).toHaveLength(1);
    expect(run(templateLengthCheck, playbook({ templates: [t], channels: [x], voices: [long, short] }))).toEqual([]);
  });

  it('renders signals and teams with sample values and skips broken templates', () => {
    const t = template('t', { signals: ['ticket'] }, 'Заявка {{signals.ticket}}, {{signals.order-number}}');
    const broken = template('b', {}, '{{#if}}');
    expect(run(templateLengthCheck, playbook({ templates: [t, broken], channels: [x] }))).toEqual([]);
  });

  it('documents its examples', () => {
    expect(templateLengthCheck.examples.map((e) => e.expect.map((x) => x.rule))).toEqual([[], ['channel/too-long'], []]);
  });
});

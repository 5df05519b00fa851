/**
 * Repositories at a real team's scale, generated deterministically for the benchmarks (issue 13):
 * a playbook in replybook's own format with `templates` reply templates (one per type and channel:
 * ten channels, `templates / 10` topic types each matched by its own words), `complaints` sample
 * complaints with expectations, and optionally several such playbooks side by side.
 *
 * The same arguments always write the same bytes, so a ratio measured on one run compares with the next.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ScaleOptions {
  /** Reply templates per playbook (a multiple of the 10 channels). */
  templates: number;
  /** Sample complaints per playbook. */
  complaints: number;
  /** Playbooks side by side (folders `brand-00`, `brand-01`, …). Default 1. */
  playbooks?: number;
}

export const SCALE_CHANNELS = [
  'vk',
  'telegram',
  'ok',
  'otzovik',
  'irecommend',
  'yandex-maps',
  'google-maps',
  'app-store',
  'google-play',
  'forum',
];

const SUBJECTS = ['доставка', 'возврат', 'оплата', 'приложение', 'курьер', 'пункт выдачи', 'гарантия', 'бонусы', 'упаковка', 'размер'];
const STARTS = ['Заказ так и не привезли', 'Деньги не вернули', 'Списали дважды', 'Приложение вылетает', 'Курьер не приехал'];

/** Topic word of type `t`: unique, a single lower-case Russian-looking token the tokeniser keeps whole. */
const topic = (t: number) => `тема${t}`;

function playbookYaml(brand: string): string {
  const channels = SCALE_CHANNELS.map(
    (c, i) => `  ${c}: { name: Канал ${i + 1}, limit: ${i === 8 ? 350 : 4096}, kind: ${i < 3 ? 'social' : 'review-site'} }`,
  ).join('\n');
  return `# yaml-language-server: $schema=../schema/playbook.schema.json
# Generated for the benchmarks (test/bench/scale-repo.ts).
replybook: 1
brand: ${brand}
locale: ru
timezone: Europe/Moscow

schedule:
  calendar: ru
  hours:
    mon-fri: "09:00-20:00"
    sat: "10:00-16:00"

sla:
  first_response: 1 business day
  by_priority:
    urgent: 1h
    high: 2 business hours

channels:
${channels}

voices:
  official: { name: Официальный аккаунт, default: true }

teams:
  support: { name: Служба поддержки }
  legal:   { name: Юридический отдел }

tone:
  address: formal
  capitalize_vy: false
  emoji: none
  max_exclamations: 1
  require: [greeting, thanks]
  avoid:
    - { phrase: проблема, prefer: ситуация }
    - { phrase: "вы сами виноваты", why: "не спорим и не обвиняем клиента" }
`;
}

function typesYaml(topics: number): string {
  const out = ['# yaml-language-server: $schema=../schema/playbook.schema.json', 'types:'];
  out.push(
    '  profanity:',
    '    description: Мат и оскорбления. Скрываем.',
    '    match: { any: [ { lexicon: profanity }, { lexicon: insults } ] }',
    '    reply: none',
    '    actions: [hide]',
  );
  for (let t = 0; t < topics; t++) {
    out.push(
      `  topic-${t}:`,
      `    description: Жалоба по теме ${t} (${SUBJECTS[t % SUBJECTS.length]}).`,
      `    match: { words: [${topic(t)}] }`,
    );
  }
  out.push('  non-constructive:', '    description: Нет деталей.', '    fallback: true');
  out.push(
    '',
    'escalations:',
    '  - id: legal',
    '    description: Угроза суда',
    '    when: { words: [суд, иск] }',
    '    to: legal',
    '    priority: urgent',
    '    approval: true',
    '',
  );
  return out.join('\n');
}

function templatesYaml(topics: number): string {
  const out = ['# yaml-language-server: $schema=../schema/playbook.schema.json', 'templates:'];
  for (let t = 0; t < topics; t++) {
    for (const [i, channel] of SCALE_CHANNELS.entries()) {
      const short = channel === 'google-play';
      out.push(`  topic-${t}/${channel}:`);
      out.push(`    description: Тема ${t}, ${SUBJECTS[t % SUBJECTS.length]}, канал ${i + 1}`);
      out.push(`    when: { type: topic-${t}, channel: ${channel} }`);
      out.push('    text: >-');
      if (short) {
        out.push(`      {{salutation author.name}} Спасибо, что написали. Разберемся с темой ${t} и ответим до {{formatDate due "date"}}.`);
      } else {
        out.push(
          `      {{salutation author.name}} Спасибо, что написали, и простите, что так вышло с темой «${SUBJECTS[t % SUBJECTS.length]}».`,
          `      {{#if signals.order-number}}Мы передали заказ {{signals.order-number}} специалисту, он разберется и вернется с ответом не позднее {{formatDate due "date"}}.{{else}}Уточните, пожалуйста, номер заказа: мы передадим его специалисту и вернемся с ответом не позднее {{formatDate due "date"}}.{{/if}}`,
          `      Вариант ${t}-${i}.`,
        );
      }
    }
  }
  out.push(
    '  fallback/any:',
    '    description: Запасной ответ',
    '    when: {}',
    '    text: >-',
    '      {{salutation author.name}} Спасибо, что написали. Разберемся и вернемся с ответом.',
    '',
  );
  return out.join('\n');
}

function complaintsYaml(topics: number, count: number): string {
  const out = ['# yaml-language-server: $schema=../schema/complaints.schema.json', 'complaints:'];
  for (let c = 0; c < count; c++) {
    const t = (c * 7) % topics;
    const channel = SCALE_CHANNELS[c % SCALE_CHANNELS.length];
    const order = c % 3 === 0 ? ` Заказ ${40000000 + c}.` : '';
    const day = 2 + (c % 4);
    const hour = String(9 + (c % 10)).padStart(2, '0');
    out.push(
      `  - id: c-${c}`,
      `    text: "${STARTS[c % STARTS.length]}, ${topic(t)} — ${SUBJECTS[t % SUBJECTS.length]}.${order} Жду ответа."`,
      `    channel: ${channel}`,
      `    author: { name: ${['Ольга', 'Иван', 'Мария', 'Андрей'][c % 4]} }`,
      `    at: 2026-03-0${day}T${hour}:15:00+03:00`,
      `    expect: { type: topic-${t}, template: topic-${t}/${channel} }`,
    );
  }
  out.push('');
  return out.join('\n');
}

/**
 * Writes the repository under `dir` (created) and returns the playbook folders, in order.
 * Each playbook: playbook.yaml, types.yaml, templates.yaml, complaints.yaml; `dir/schema` is not written
 * (the modelines point at it only for an editor).
 */
export async function writeScaleRepo(dir: string, options: ScaleOptions): Promise<string[]> {
  const topics = Math.max(1, Math.round(options.templates / SCALE_CHANNELS.length));
  const folders: string[] = [];
  const types = typesYaml(topics);
  const templates = templatesYaml(topics);
  const complaints = complaintsYaml(topics, options.complaints);
  for (let p = 0; p < (options.playbooks ?? 1); p++) {
    const pb = path.join(dir, `brand-${String(p).padStart(2, '0')}`);
    await mkdir(pb, { recursive: true });
    await writeFile(path.join(pb, 'playbook.yaml'), playbookYaml(`Бренд ${p}`));
    await writeFile(path.join(pb, 'types.yaml'), types);
    await writeFile(path.join(pb, 'templates.yaml'), templates);
    await writeFile(path.join(pb, 'complaints.yaml'), complaints);
    folders.push(pb);
  }
  return folders;
}

/**
 * `replybook init` in a terminal: asks for what the flags did not give — the playbook's language,
 * the brand, the support team's time zone and the channels to answer on — with Inquirer's prompts.
 * The first question is in both languages; the others in the one chosen. Not used under CI or when
 * standard input or output is not a terminal: then every value comes from the flags.
 */
import type { Readable, Writable } from 'node:stream';
import checkbox from '@inquirer/checkbox';
import input from '@inquirer/input';
import select from '@inquirer/select';
import { initChannels, initOptionsProblem, INIT_LOCALES, type InitLocale } from '../../src/init/index.js';

export interface InitAnswers {
  locale?: string;
  brand?: string;
  timezone?: string;
  channels?: string;
}

/** The streams the prompts read and write: a terminal's. */
export interface PromptStreams {
  input: Readable;
  output: Writable;
}

const WORDS = {
  ru: {
    brand: 'Название бренда, от имени которого отвечаем:',
    timezone: 'Часовой пояс службы поддержки (IANA, например Europe/Moscow):',
    channels: 'Каналы, в которых отвечаем:',
    oneChannel: 'Выберите хотя бы один канал',
  },
  en: {
    brand: 'The brand the playbook answers for:',
    timezone: "The support team's time zone (IANA, such as Europe/London):",
    channels: 'Channels to answer on:',
    oneChannel: 'Choose at least one channel',
  },
} as const;

/** The time zone offered first: Moscow for a Russian playbook, else the machine's own. */
function defaultZone(locale: InitLocale): string {
  if (locale === 'ru') return 'Europe/Moscow';
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return own && own.includes('/') ? own : 'Europe/London';
}

/** Asks for each value the flags left out; the flags' values are kept as given. */
export async function askInit(given: InitAnswers, streams: PromptStreams): Promise<InitAnswers> {
  const context = { input: streams.input, output: streams.output, clearPromptOnDone: false };
  const out: InitAnswers = { ...given };
  if (!out.locale || !(INIT_LOCALES as readonly string[]).includes(out.locale)) {
    out.locale = await select(
      {
        message: 'Язык playbook · Playbook language:',
        choices: [
          { name: 'Русский (формальное «вы», производственный календарь РФ)', value: 'ru' },
          { name: 'English', value: 'en' },
        ],
      },
      context,
    );
  }
  const locale = out.locale as InitLocale;
  const w = WORDS[locale];
  const problem = (o: InitAnswers): string | true => {
    const p = initOptionsProblem({ locale, brand: 'x', timezone: 'UTC', ...o });
    return p === null ? true : p.replace(/^--\w+ /, '');
  };
  if (!out.brand?.trim())
    out.brand = (await input({ message: w.brand, required: true, validate: (brand) => problem({ brand }) }, context)).trim();
  if (!out.timezone)
    out.timezone = await input(
      { message: w.timezone, default: defaultZone(locale), validate: (timezone) => problem({ timezone }) },
      context,
    );
  if (out.channels === undefined) {
    const picked = await checkbox(
      {
        message: w.channels,
        choices: initChannels(locale).map((c) => ({ name: `${c.name} (${c.id})`, value: c.id, checked: true })),
        validate: (chosen) => (chosen.length > 0 ? true : w.oneChannel),
      },
      context,
    );
    out.channels = picked.join(',');
  }
  return out;
}

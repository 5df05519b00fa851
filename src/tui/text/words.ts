/**
 * The simulator's words in the language of its user (src/i18n/catalogs/sim.ts). One simulator runs
 * per process, so its language is set once when it starts (`setSimLang`, from `--lang`, the
 * configuration, the playbook's locale, LANG — cli/lang.ts), as its colours are; English until then.
 */
import { simMessages } from '../../i18n/catalogs/sim.js';
import { translate, type Lang, type Translate } from '../../i18n/index.js';

type SimMessageId = keyof (typeof simMessages)['en'];

let lang: Lang = 'en';
let t: Translate<SimMessageId> = translate(simMessages, lang);

/** The language of the simulator's screen from now on. */
export function setSimLang(next: Lang): void {
  lang = next;
  t = translate(simMessages, next);
}

/** The simulator's language. */
export function simLang(): Lang {
  return lang;
}

/** A message of the simulator in its language. */
export function msg(id: SimMessageId, values?: Parameters<Translate<SimMessageId>>[1]): string {
  return t(id, values);
}

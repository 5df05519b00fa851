/**
 * The one rule for the name a reply addresses a customer by. What a platform shows as the author's
 * name is used only when it is a plausible personal name, and then as written (title case only
 * when it was all lower or all upper case: «виктория» → «Виктория», «McDonald» stays). Not a name,
 * so the reply greets without one: template braces (`{{name}}`, `${user}`, `%name%`), markup
 * (`<b>…</b>`, `[b]`), an email, a handle or a URL, digits, emoji or symbols only, a role word
 * (anonymous, guest, user, admin, «Гость», «Аноним», «Пользователь», …) and anything longer than
 * MAX_NAME_LENGTH characters or MAX_NAME_WORDS words. The customer's data is never rewritten into
 * a name: «{{name}}» is not «Name». Emoji and decoration at the ends are dropped («виктория 🌸»).
 */
import { charSet, trimWhile } from '../../text/trim.js';

/** The longest plausible name, in UTF-16 code units, once decoration is dropped. */
export const MAX_NAME_LENGTH = 60;
/** The most words in a plausible name ("Juan Carlos de la Cruz Ruiz"). */
export const MAX_NAME_WORDS = 6;

// Markup, template syntax, addresses, handles, paths, digits: the name is data of another kind.
const NOT_A_NAME = /[@\d_/\\:#{}<>[\]|=$%&*+^~`"]|\.(?:com|ru|рф|net|org|io|me)(?![\p{L}])|www\./iu;
// What may stand in a name: letters, marks, spaces, apostrophes, dots (initials), hyphens.
const NAME_CHARS = /^[\p{L}\p{M} '’.-]+$/u;
// Emoji, symbols and punctuation a platform lets people put around a name: dropped, not a reason to refuse.
// (Dots, apostrophes and hyphens stay: they belong to names, and the ends are trimmed of them.)
const DECORATION = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{So}\p{Sk}!?,;()«»“”„]|\u200d|\ufe0f|\u20e3/gu;
const HAS_LETTER = /\p{L}/u;
/** Dots, apostrophes and hyphens are trimmed from the ends (a scan: `/[.'’-]+$/` is quadratic on a long run). */
const isNameEdge = charSet(".'’-");

// Role words: a platform's placeholder or an account's function, not a person («Добрый день, Гость!»).
const ROLE_WORDS = new Set(
  [
    'anonymous',
    'anon',
    'anonym',
    'guest',
    'user',
    'username',
    'admin',
    'administrator',
    'moderator',
    'mod',
    'customer',
    'client',
    'buyer',
    'unknown',
    'noname',
    'nobody',
    'somebody',
    'someone',
    'test',
    'tester',
    'null',
    'undefined',
    'none',
    'deleted',
    'support',
    'bot',
    'name',
    'firstname',
    'lastname',
    'гость',
    'аноним',
    'анонимный',
    'анонимно',
    'пользователь',
    'юзер',
    'админ',
    'администратор',
    'модератор',
    'клиент',
    'покупатель',
    'покупательница',
    'заказчик',
    'неизвестный',
    'неизвестно',
    'инкогнито',
    'удален',
    'удалён',
    'удаленный',
    'удалённый',
    'тест',
    'имя',
    'фамилия',
    'безымянный',
    'бот',
    'поддержка',
  ].map((w) => w.normalize('NFC')),
);
// «Без имени», "no name", "not specified": a placeholder in two words.
const ROLE_PHRASES = /^(?:без\s+имени|no\s+name|not\s+specified|не\s+указан[оа]?)$/iu;

/** Names seen recently → their usable form: a reply uses the author's name two or three times. Bounded. */
const usable = new Map<string, string | null>();
const MEMO_LIMIT = 5_000;
const MEMO_MAX_NAME = 200;

/** The name to address the author by ("  виктория 🌸 " → «Виктория»), or null when it is not a plausible personal name. */
export function usableName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  if (raw.length > MEMO_MAX_NAME) return plausibleName(raw);
  let name = usable.get(raw);
  if (name === undefined) {
    name = plausibleName(raw);
    if (usable.size >= MEMO_LIMIT) usable.clear();
    usable.set(raw, name);
  }
  return name;
}

/** The rule itself, without the memo: see the file's comment. */
export function plausibleName(raw: string): string | null {
  // Every step is a linear scan: an author name may be long and hostile (test/text/long-input.test.ts).
  if (NOT_A_NAME.test(raw)) return null;
  const bare = trimWhile(raw.replace(DECORATION, ' ').replace(/\s+/gu, ' ').trim(), isNameEdge);
  if (!bare || !HAS_LETTER.test(bare) || !NAME_CHARS.test(bare)) return null;
  if (bare.length > MAX_NAME_LENGTH) return null;
  const words = bare.split(' ');
  if (words.length > MAX_NAME_WORDS) return null;
  let letters = 0;
  for (const ch of bare) if (HAS_LETTER.test(ch)) letters++;
  if (letters < 2) return null; // «А.», "J": an initial is not enough to greet by
  if (ROLE_PHRASES.test(bare)) return null;
  for (const w of words) if (ROLE_WORDS.has(w.toLowerCase().replace(/[.'’-]/gu, ''))) return null;
  return fixCase(bare);
}

/**
 * The first word of a usable name: how a brand addresses a person («Виктория Петрова» →
 * «Виктория»); null when it is an initial («А. Петрова»: «Добрый день, А!» is not a greeting).
 */
export function firstName(raw: unknown): string | null {
  const name = usableName(raw);
  if (name === null) return null;
  const first = name.split(' ')[0].replace(/\.$/u, '');
  return first.replace(/[.'’-]/gu, '').length >= 2 ? first : null;
}

/** «виктория» or «ВИКТОРИЯ» → «Виктория»; mixed case is the author's choice and kept. */
function fixCase(name: string): string {
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

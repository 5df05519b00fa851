/**
 * Whether what a platform shows as the author's name can be used to address them, and in what form.
 * An email, a handle with digits or underscores, a URL or an empty string is not a name: «Добрый
 * день, vika_1987!» reads worse than «Добрый день!».
 */
import { charSet, trimWhile } from '../../text/trim.js';

const NOT_A_NAME = /[@\d_/\\:#]|\.(?:com|ru|рф|net|org)\b/iu;
const KEEP = /[^\p{L}\p{M}\s'’.-]/gu;
const HAS_LETTER = /\p{L}/u;
/** Dots, apostrophes and hyphens are trimmed from the ends (a scan: `/[.'’-]+$/` is quadratic on a long run). */
const isNameEdge = charSet(".'’-");

/** Names seen recently → their usable form: a reply uses the author's name two or three times. Bounded. */
const usable = new Map<string, string | null>();
const MEMO_LIMIT = 5_000;
const MEMO_MAX_NAME = 200;

/** The name cleaned for addressing ("  виктория 🌸 " → «Виктория»), or null when it is not usable. */
export function usableName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  if (raw.length > MEMO_MAX_NAME) return clean(raw);
  let name = usable.get(raw);
  if (name === undefined) {
    name = clean(raw);
    if (usable.size >= MEMO_LIMIT) usable.clear();
    usable.set(raw, name);
  }
  return name;
}

function clean(raw: string): string | null {
  if (NOT_A_NAME.test(raw)) return null;
  const cleaned = trimWhile(raw.replace(KEEP, ' ').replace(/\s+/gu, ' ').trim(), isNameEdge);
  if (!HAS_LETTER.test(cleaned) || cleaned.length > 60) return null;
  return fixCase(cleaned);
}

/** The first word of a usable name: how a brand addresses a person («Виктория Петрова» → «Виктория»). */
export function firstName(raw: unknown): string | null {
  const name = usableName(raw);
  if (name === null) return null;
  const first = name.split(' ')[0];
  return first.replace(/\.$/u, '') || null;
}

/** «виктория» or «ВИКТОРИЯ» → «Виктория»; mixed case is the author's choice and kept. */
function fixCase(name: string): string {
  if (name !== name.toLowerCase() && name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

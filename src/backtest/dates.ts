/**
 * The dates monitoring exports write, read as instants: ISO 8601 with an offset as it is, and the
 * local forms without one — `2026-03-01 14:10:00`, `2026-03-01T14:10`, `01.03.2026 14:10`,
 * `01.03.2026` — as wall times in the playbook's time zone. The zone's offset comes from the
 * deadline's caching clock (luxon underneath), so a million rows do not each ask luxon.
 */
import { parseInstant } from '../deadline/index.js';
import type { ZoneClock } from '../deadline/zone-clock.js';

const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,6})?)?)?$/;
const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Epoch ms of a date as exports write it (local forms in `clock`'s zone), or NaN when it is none of those forms. */
export function parseExportDate(text: string, clock: ZoneClock): number {
  const s = text.trim();
  if (s === '') return NaN;
  let m = YMD.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    y = +m[1];
    mo = +m[2];
    d = +m[3];
  } else {
    m = DMY.exec(s);
    if (!m) return parseInstant(s);
    d = +m[1];
    mo = +m[2];
    y = +m[3];
  }
  const h = m[4] === undefined ? 0 : +m[4];
  const mi = m[5] === undefined ? 0 : +m[5];
  const sec = m[6] === undefined ? 0 : +m[6];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return NaN;
  const naive = Date.UTC(y, mo - 1, d, h, mi, sec);
  // 31.02 rolls over in Date.UTC: a date that is not on the calendar is refused.
  if (new Date(naive).getUTCDate() !== d) return NaN;
  // The offset at the wall time, found in two steps (exact except inside a DST gap, which shifts forward).
  const first = naive - clock.offset(naive) * 60_000;
  return naive - clock.offset(first) * 60_000;
}

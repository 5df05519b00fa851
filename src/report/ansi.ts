/**
 * Plain ANSI SGR colour helpers. The core never decides whether to colour: callers pass
 * `color` (the CLI derives it from NO_COLOR / FORCE_COLOR / whether stdout is a TTY).
 */

/** One styling function per colour; identity functions when colour is off. */
export interface Palette {
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  gray(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
  inverse(s: string): string;
}

const plain = (s: string): string => s;

function sgr(open: number, close: number): (s: string) => string {
  // Re-open after any inner close so nested styles (bold inside red) keep the outer colour.
  const o = `\u001b[${open}m`;
  const c = `\u001b[${close}m`;
  return (s) => (s === '' ? s : o + s.split(c).join(c + o) + c);
}

const COLOURED: Palette = {
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  cyan: sgr(36, 39),
  gray: sgr(90, 39),
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  underline: sgr(4, 24),
  inverse: sgr(7, 27),
};

const PLAIN: Palette = {
  red: plain,
  green: plain,
  yellow: plain,
  blue: plain,
  cyan: plain,
  gray: plain,
  bold: plain,
  dim: plain,
  underline: plain,
  inverse: plain,
};

/** The palette for `color`: ANSI escapes when true, unchanged text when false. */
export function palette(color: boolean): Palette {
  return color ? COLOURED : PLAIN;
}

// eslint-disable-next-line no-control-regex -- the SGR colour sequences start with ESC: stripping them is the point
const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

/** Removes the SGR escapes this module writes (for measuring widths and for tests). */
export function stripAnsi(s: string): string {
  return s.replace(ANSI_PATTERN, '');
}

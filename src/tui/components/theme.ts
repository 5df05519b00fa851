/** How styles look: colours when the terminal gets colour, nothing (and textual cues) under NO_COLOR. */
import { createContext, useContext } from 'react';
import type { Style } from '../text/wrap.js';

export interface Theme {
  color: boolean;
}

export const ThemeContext = createContext<Theme>({ color: true });

export const useTheme = (): Theme => useContext(ThemeContext);

export interface TextProps {
  color?: string;
  bold?: boolean;
  dimColor?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

const STYLES: Record<Style, TextProps> = {
  mark: { color: 'yellow', bold: true, underline: true },
  dim: { dimColor: true },
  ok: { color: 'green' },
  fail: { color: 'red' },
  warn: { color: 'yellow' },
  accent: { color: 'cyan' },
  bold: { bold: true },
  over: { color: 'red', bold: true },
  select: { inverse: true },
};

/** Ink `<Text>` props for a style; `stale` greys everything (the last good load under problems). */
export function textProps(theme: Theme, style: Style | undefined, stale = false): TextProps {
  if (!theme.color) return {};
  if (stale) return style === 'select' ? { inverse: true, dimColor: true } : { dimColor: true };
  return style ? STYLES[style] : {};
}

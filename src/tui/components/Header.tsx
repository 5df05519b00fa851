import { Text } from 'ink';
import { truncate } from '../text/wrap.js';
import { useTheme } from './theme.js';

export interface HeaderProps {
  title: string;
  samples: number;
  passed: number;
  failed: number;
  changed: number;
  loadedAt: string | null;
  loads: number;
  loading: boolean;
  stale: boolean;
  problems: number;
  width: number;
}

/** The top line: what is loaded, how the samples fare, what changed at the last reload. */
export function Header(p: HeaderProps) {
  const { color } = useTheme();
  const time = p.loadedAt ? p.loadedAt.slice(11, 19) : '';
  const parts = [
    `replybook sim · ${p.title}`,
    ...(p.stale ? ['⚠ errors: showing the last good load'] : []),
    `${p.samples} samples ✓ ${p.passed} ✗ ${p.failed}`,
    ...(p.changed ? [`Δ ${p.changed} changed`] : []),
    ...(p.problems ? [`${p.problems} problem${p.problems === 1 ? '' : 's'}`] : []),
    p.loading ? '⟳ loading…' : p.loads > 1 ? `reloaded ${time}` : time ? `loaded ${time}` : '',
  ].filter(Boolean);
  const text = truncate(parts.join('  │  '), p.width);
  return (
    <Text bold={color} color={color ? (p.stale ? 'yellow' : p.failed ? 'red' : 'green') : undefined} wrap="truncate-end">
      {text}
    </Text>
  );
}

import { Text } from 'ink';
import { truncate } from '../text/wrap.js';
import { useTheme } from './theme.js';
import { msg } from '../text/words.js';

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
    ...(p.stale ? [msg('header.stale')] : []),
    msg('header.samples', { n: p.samples, passed: p.passed, failed: p.failed }),
    ...(p.changed ? [msg('header.changed', { n: p.changed })] : []),
    ...(p.problems ? [msg('header.problems', { n: p.problems })] : []),
    p.loading ? msg('header.loading') : p.loads > 1 ? msg('header.reloaded', { time }) : time ? msg('header.loaded', { time }) : '',
  ].filter(Boolean);
  const text = truncate(parts.join('  │  '), p.width);
  return (
    <Text bold={color} color={color ? (p.stale ? 'yellow' : p.failed ? 'red' : 'green') : undefined} wrap="truncate-end">
      {text}
    </Text>
  );
}

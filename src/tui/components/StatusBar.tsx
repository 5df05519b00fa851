import type { ExpectationFailure } from '../../model/test-result.js';
import { Text } from 'ink';
import type { Notice } from '../state/types.js';
import { truncate } from '../text/wrap.js';
import { useTheme } from './theme.js';
import { msg } from '../text/words.js';

/** The bottom line: the filter being typed, a notice, or the keys. */
export function StatusBar({
  filtering,
  filter,
  shown,
  notice,
  failing = [],
  completions = [],
  width,
}: {
  filtering: boolean;
  filter: string;
  shown: number;
  notice: Notice | null;
  /** The selected sample's failed expectations: the bar says which. */
  failing?: ReadonlyArray<ExpectationFailure>;
  /** What the filter's last word may become (Tab takes the first). */
  completions?: readonly string[];
  width: number;
}) {
  const { color } = useTheme();
  if (filtering) {
    return (
      <Text wrap="truncate-end">
        <Text color={color ? 'cyan' : undefined}>/ </Text>
        {truncate(filter, Math.max(1, width - 40))}
        <Text inverse={color}>{color ? ' ' : '▏'}</Text>
        <Text dimColor={color}>
          {`  ${completions.length ? `${msg('bar.complete', { values: completions.slice(0, 4).join(' ') })} · ` : ''}${msg('bar.filtering', { n: shown })}`}
        </Text>
      </Text>
    );
  }
  if (notice) {
    return (
      <Text color={color ? (notice.tone === 'error' ? 'red' : 'cyan') : undefined} wrap="truncate-end">
        {truncate(`${notice.tone === 'error' ? '✗ ' : ''}${notice.text}`, width)}
      </Text>
    );
  }
  if (failing.length) {
    const fields = [...new Set(failing.map((f) => f.field))].join(', ');
    return (
      <Text wrap="truncate-end">
        <Text color={color ? 'red' : undefined}>{truncate(msg('bar.fails', { fields }), Math.max(1, width))}</Text>
        <Text dimColor={color}>
          {truncate(
            ` · ${filter ? `${msg('bar.filter', { filter })} · ` : ''}${msg('bar.hints')}`,
            Math.max(0, width - fields.length - 40),
          )}
        </Text>
      </Text>
    );
  }
  return (
    <Text dimColor={color} wrap="truncate-end">
      {truncate(filter ? `${msg('bar.filter', { filter })} · ${msg('bar.hints')}` : msg('bar.hints'), width)}
    </Text>
  );
}

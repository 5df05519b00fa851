import { Text } from 'ink';
import { visible } from '../../report/visible.js';
import type { Line } from '../text/wrap.js';
import { textProps, useTheme } from './theme.js';

/**
 * One pre-wrapped line of styled segments. The lines come from wrap.ts, which has escaped them;
 * `visible` again here (it changes nothing in escaped text) keeps a line built some other way from
 * reaching the terminal raw.
 */
export function StyledLine({ line, stale = false }: { line: Line; stale?: boolean }) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((seg, i) => (
        <Text key={i} {...textProps(theme, seg.style, stale)}>
          {visible(seg.text, { continuesLine: true })}
        </Text>
      ))}
    </Text>
  );
}

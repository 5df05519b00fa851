import { Text } from 'ink';
import type { Line } from '../text/wrap.js';
import { textProps, useTheme } from './theme.js';

/** One pre-wrapped line of styled segments. */
export function StyledLine({ line, stale = false }: { line: Line; stale?: boolean }) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((seg, i) => (
        <Text key={i} {...textProps(theme, seg.style, stale)}>
          {seg.text}
        </Text>
      ))}
    </Text>
  );
}

import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { truncate, width as displayWidth } from '../text/wrap.js';
import { useTheme } from './theme.js';
import type { Outcome } from '../../model/outcome.js';

export interface PaneProps {
  title: string;
  /** Shown at the right end of the top border (a counter). */
  right?: string;
  rightColor?: string;
  width: number;
  /** Rows of content (the pane is two rows higher). */
  height: number;
  focused?: boolean;
  children?: ReactNode;
}

/** What a scrollable pane that shows one outcome (the reply, the trace) is given. */
export interface OutcomePaneProps {
  outcome: Outcome;
  width: number;
  height: number;
  scroll: number;
  focused: boolean;
  stale: boolean;
}

/** A bordered pane with its title in the top border, like an editor's panel; bold border when focused. */
export function Pane({ title, right, rightColor, width, height, focused = false, children }: PaneProps) {
  const theme = useTheme();
  const [tl, h, tr] = focused ? ['┏', '━', '┓'] : ['╭', '─', '╮'];
  const borderColor = theme.color ? (focused ? 'cyan' : 'gray') : undefined;
  const label = ` ${truncate(`${focused ? '▸ ' : ''}${title}`, Math.max(1, width - 6 - (right ? displayWidth(right) + 3 : 0)))} `;
  const tail = right ? ` ${truncate(right, Math.max(1, width - 8))} ` : '';
  const fill = Math.max(0, width - 3 - displayWidth(label) - displayWidth(tail) - (tail ? 1 : 0));
  return (
    <Box flexDirection="column" width={width} height={height + 2} flexShrink={0}>
      <Text wrap="truncate-end">
        <Text color={borderColor}>{tl + h}</Text>
        <Text bold={theme.color && focused}>{label}</Text>
        <Text color={borderColor}>{h.repeat(fill)}</Text>
        {tail ? (
          <Text color={theme.color ? rightColor : undefined} bold={theme.color && Boolean(rightColor)}>
            {tail}
          </Text>
        ) : null}
        <Text color={borderColor}>{(tail ? h : '') + tr}</Text>
      </Text>
      {/* Keyed by the border style: Ink resets the top border's width when borderStyle changes but
          does not re-apply borderTop={false}, which pushed the clip one row down (the first row of
          a pane went blank after a change of focus). A fresh box gets both applied together. */}
      <Box
        key={focused ? 'focused' : 'plain'}
        borderStyle={focused ? 'bold' : 'round'}
        borderTop={false}
        borderColor={borderColor}
        width={width}
        height={height + 1}
        paddingX={1}
        flexDirection="column"
        overflow="hidden"
      >
        {children}
      </Box>
    </Box>
  );
}

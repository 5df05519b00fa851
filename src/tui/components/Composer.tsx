import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { COMPOSER_KEYS } from '../state/keymap.js';
import type { ComposerState, PlaybookInfo } from '../state/types.js';
import { inner } from '../view/layout.js';
import { truncate } from '../text/wrap.js';
import { Pane } from './Pane.js';
import { TextInput } from './TextInput.js';
import { useTheme } from './theme.js';
import { msg } from '../text/words.js';

function Field({ label, active, children }: { label: string; active: boolean; children: ReactNode }) {
  const { color } = useTheme();
  return (
    <Box>
      <Text color={color && active ? 'cyan' : undefined} bold={color && active}>
        {`${active ? '›' : ' '} ${label.padEnd(10)}`}
      </Text>
      {children}
    </Box>
  );
}

/** The new-complaint form: text (multi-line), channel (cycled), author, followers. */
export function Composer({
  composer,
  playbook,
  width,
  height,
}: {
  composer: ComposerState;
  playbook: PlaybookInfo | undefined;
  width: number;
  height: number;
}) {
  const { color } = useTheme();
  const w = inner(width);
  const textRows = Math.max(1, height - 6);
  const channel = playbook?.channels.find((c) => c.id === composer.channel);
  const fieldWidth = Math.max(1, w - 12);
  return (
    <Pane title={msg('pane.new', { playbook: playbook?.id ?? '' })} right={msg('pane.newDiscard')} width={width} height={height} focused>
      <Text dimColor={color} color={color && composer.field === 'text' ? 'cyan' : undefined}>
        {truncate(`${composer.field === 'text' ? '› ' : '  '}Text (what the customer wrote)`, w)}
      </Text>
      <Box height={textRows} flexDirection="column" paddingLeft={2}>
        <TextInput value={composer.text} width={Math.max(1, w - 2)} height={textRows} focused={composer.field === 'text'} placeholder="…" />
      </Box>
      <Field label="channel" active={composer.field === 'channel'}>
        <Text>
          {truncate(
            `‹ ${channel ? `${channel.name} (${channel.id}) · limit ${channel.limit} ${channel.unit}` : composer.channel} ›`,
            fieldWidth,
          )}
        </Text>
      </Field>
      <Field label="author" active={composer.field === 'author'}>
        <TextInput
          value={composer.author}
          width={fieldWidth}
          height={1}
          focused={composer.field === 'author'}
          placeholder="(optional) name"
        />
      </Field>
      <Field label="followers" active={composer.field === 'followers'}>
        <TextInput
          value={composer.followers}
          width={fieldWidth}
          height={1}
          focused={composer.field === 'followers'}
          placeholder="(optional) number"
        />
      </Field>
      <Text dimColor={color} wrap="truncate-end">
        {truncate(composer.field === 'channel' ? `←/→ change channel · ${COMPOSER_KEYS}` : COMPOSER_KEYS, w)}
      </Text>
    </Pane>
  );
}

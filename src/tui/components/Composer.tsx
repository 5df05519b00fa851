import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
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
        {`${active ? '›' : ' '} ${label.padEnd(11)}`}
      </Text>
      {children}
    </Box>
  );
}

/** The new-complaint form: text (multi-line, the words the live outcome matched marked), id (suggested), channel and file (cycled), author, followers. */
export function Composer({
  composer,
  playbook,
  id,
  file,
  width,
  height,
}: {
  composer: ComposerState;
  playbook: PlaybookInfo | undefined;
  /** The id it will be saved with (the suggestion until one is typed). */
  id: string;
  /** The file it will be saved into. */
  file: string;
  width: number;
  height: number;
}) {
  const { color } = useTheme();
  const w = inner(width);
  const textRows = Math.max(1, height - 9);
  const channel = playbook?.channels.find((c) => c.id === composer.channel);
  const fieldWidth = Math.max(1, w - 13);
  // The live outcome's spans are offsets in the trimmed text; the value may start with white space.
  const preview = composer.preview?.outcome;
  const lead = composer.text.value.length - composer.text.value.trimStart().length;
  const marks = preview ? preview.spans.map((s) => ({ ...s, start: s.start + lead, end: s.end + lead })) : [];
  const cycling = composer.field === 'channel' || composer.field === 'file';
  return (
    <Pane title={msg('pane.new', { playbook: playbook?.id ?? '' })} right={msg('pane.newDiscard')} width={width} height={height} focused>
      <Text dimColor={color} color={color && composer.field === 'text' ? 'cyan' : undefined}>
        {truncate(`${composer.field === 'text' ? '› ' : '  '}${msg('compose.text')}`, w)}
      </Text>
      <Box height={textRows} flexDirection="column" paddingLeft={2}>
        <TextInput
          value={composer.text}
          width={Math.max(1, w - 2)}
          height={textRows}
          focused={composer.field === 'text'}
          placeholder="…"
          marks={marks}
        />
      </Box>
      <Field label={msg('compose.id')} active={composer.field === 'id'}>
        {composer.idEdited ? (
          <TextInput value={composer.id} width={fieldWidth} height={1} focused={composer.field === 'id'} placeholder={id} />
        ) : (
          <Text dimColor={color}>{truncate(msg('compose.idSuggested', { id }), fieldWidth)}</Text>
        )}
      </Field>
      <Field label={msg('compose.channel')} active={composer.field === 'channel'}>
        <Text>
          {truncate(
            `‹ ${channel ? msg('compose.channelValue', { name: channel.name, id: channel.id, limit: channel.limit, unit: channel.unit }) : composer.channel} ›`,
            fieldWidth,
          )}
        </Text>
      </Field>
      <Field label={msg('compose.file')} active={composer.field === 'file'}>
        <Text>{truncate(`‹ ${composer.file === null ? msg('compose.fileAuto', { file }) : file} ›`, fieldWidth)}</Text>
      </Field>
      <Field label={msg('compose.author')} active={composer.field === 'author'}>
        <TextInput
          value={composer.author}
          width={fieldWidth}
          height={1}
          focused={composer.field === 'author'}
          placeholder={msg('compose.authorHint')}
        />
      </Field>
      <Field label={msg('compose.followers')} active={composer.field === 'followers'}>
        <TextInput
          value={composer.followers}
          width={fieldWidth}
          height={1}
          focused={composer.field === 'followers'}
          placeholder={msg('compose.followersHint')}
        />
      </Field>
      <Text dimColor={color} wrap="truncate-end">
        {truncate(cycling ? `${msg('compose.cycle')} · ${msg('compose.keys')}` : msg('compose.keys'), w)}
      </Text>
    </Pane>
  );
}

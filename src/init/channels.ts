/**
 * The channels of a seed playbook, and the seed cut down to the channels a team chose: their
 * entries under `channels`, the templates that still apply (a template for other channels only is
 * left out, a `when.channel` list loses the others) and the sample complaints from those channels.
 * The seed as written is kept byte for byte when every channel is chosen; otherwise the YAML is
 * edited as a document, so its comments stay.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';

/** A channel of a seed: its id and the name it shows. */
export interface SeedChannel {
  id: string;
  name: string;
}

/** The channels under `channels:` in a seed's playbook.yaml text, in order. */
export function seedChannels(playbookText: string): SeedChannel[] {
  const channels = parseDocument(playbookText).get('channels');
  if (!isMap(channels)) return [];
  return channels.items.map((pair) => {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const name = isMap(pair.value) ? pair.value.get('name') : undefined;
    return { id, name: typeof name === 'string' ? name : id };
  });
}

/** The seed's texts (without modelines) for the channels kept; unchanged when all are. */
export interface SeedTexts {
  playbook: string;
  templates: string;
  complaints: string;
}

export function keepChannels(texts: SeedTexts, keep: readonly string[]): SeedTexts {
  const all = seedChannels(texts.playbook).map((c) => c.id);
  const kept = new Set(keep);
  if (all.every((c) => kept.has(c))) return texts;

  const playbook = parseDocument(texts.playbook);
  const channels = playbook.get('channels') as YAMLMap;
  channels.items = channels.items.filter((pair) => kept.has(String(isScalar(pair.key) ? pair.key.value : pair.key)));

  const templates = parseDocument(texts.templates);
  const list = templates.get('templates');
  if (isMap(list)) {
    list.items = list.items.filter((pair) => {
      const when = isMap(pair.value) ? pair.value.get('when') : undefined;
      if (!isMap(when)) return true;
      const channel: unknown = when.get('channel', true);
      if (isScalar(channel)) return kept.has(String(channel.value));
      if (isSeq(channel)) {
        channel.items = channel.items.filter((c) => isScalar(c) && kept.has(String(c.value)));
        return channel.items.length > 0;
      }
      return true;
    });
  }

  const complaints = parseDocument(texts.complaints);
  const samples = complaints.get('complaints');
  if (isSeq(samples)) samples.items = samples.items.filter((c) => !isMap(c) || kept.has(String(c.get('channel'))));

  const text = (doc: Document): string => doc.toString({ lineWidth: 0 });
  return { playbook: text(playbook), templates: text(templates), complaints: text(complaints) };
}

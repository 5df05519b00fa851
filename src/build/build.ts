/**
 * The build's content, without I/O: the checked playbooks, their test results and a renderer in,
 * the artifacts' paths and texts out. The node layer hashes them, writes the manifest and swaps
 * the folder in atomically.
 */
import { snapshotText } from '../test-run/snapshot.js';
import { renderHtml } from './html.js';
import { handbookDocument, handbookLang, handbookTitle } from './handbook.js';
import { renderMarkdown } from './markdown.js';
import { replyLibrary } from './reply-library.js';
import { stableJson } from './stable-json.js';
import type { Artifact, PlaybookBuildInput } from './types.js';

/** File names inside a playbook's folder of the build. */
export const ARTIFACT_NAMES = {
  replyLibrary: 'reply-library.json',
  handbookMarkdown: 'handbook.md',
  handbookHtml: 'handbook.html',
  repliesDir: 'replies',
} as const;

/** A complaint id as a file name (the same rule as reply snapshots). */
export function replyFileName(id: string): string {
  return `${id.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '_')}.txt`;
}

/** The artifacts of one playbook, under `<playbook-id>/`. */
export function buildPlaybook(input: PlaybookBuildInput): Artifact[] {
  const pb = input.playbook;
  const base = pb.id;
  const doc = handbookDocument(input);
  const out: Artifact[] = [
    { path: `${base}/${ARTIFACT_NAMES.replyLibrary}`, content: stableJson(replyLibrary(input)) },
    { path: `${base}/${ARTIFACT_NAMES.handbookMarkdown}`, content: renderMarkdown(doc) },
    {
      path: `${base}/${ARTIFACT_NAMES.handbookHtml}`,
      content: renderHtml(doc, {
        lang: handbookLang(input),
        title: handbookTitle(input),
        ...(input.searchLibrary ? { searchLibrary: input.searchLibrary } : {}),
      }),
    },
  ];
  const used = new Set<string>();
  for (const r of input.results) {
    const text = snapshotText(r.outcome);
    if (text === null) continue; // the type gets no reply: nothing to post, no file
    let name = replyFileName(r.id);
    for (let n = 2; used.has(name); n++) name = replyFileName(`${r.id}-${n}`);
    used.add(name);
    out.push({ path: `${base}/${ARTIFACT_NAMES.repliesDir}/${name}`, content: text });
  }
  return out;
}

/** Every playbook's artifacts, sorted by path. Playbook ids must be unique (see `duplicatePlaybookIds`). */
export function buildArtifacts(inputs: ReadonlyArray<PlaybookBuildInput>): Artifact[] {
  return inputs.flatMap(buildPlaybook).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Playbook ids (folder names) used by more than one playbook folder: their outputs would collide. */
export function duplicatePlaybookIds(
  inputs: ReadonlyArray<{ playbook: { id: string; dir: string } }>,
): Array<{ id: string; dirs: string[] }> {
  const by = new Map<string, string[]>();
  for (const i of inputs) {
    const dirs = by.get(i.playbook.id);
    if (dirs) dirs.push(i.playbook.dir);
    else by.set(i.playbook.id, [i.playbook.dir]);
  }
  return [...by].filter(([, dirs]) => dirs.length > 1).map(([id, dirs]) => ({ id, dirs }));
}

/** `manifest.json` of a build: what was built, from what, and whether every sample complaint passed. */
import { stableJson } from './stable-json.js';

export const MANIFEST_PATH = 'manifest.json';

/**
 * The generator marker: a build folder is replaced only when its manifest carries it (and the
 * folder holds only files the manifest lists), so `--out` never wipes a folder replybook did not make.
 */
export const MANIFEST_FORMAT = 'replybook/build-manifest';
/** Raised on an incompatible change of the manifest. */
export const MANIFEST_FORMAT_VERSION = 1;

/** Where the sources came from, when they are in git. */
export interface SourceCommit {
  commit: string;
  /** The playbook sources differ from the commit (uncommitted or untracked changes). */
  dirty: boolean;
}

export interface ManifestInput {
  /** replybook's version. */
  version: string;
  source: SourceCommit | null;
  /** Artifact path → sha256 (hex) of its bytes; the node layer computes them. */
  hashes: ReadonlyMap<string, string>;
  playbooks: ReadonlyArray<{ id: string; dir: string; brand: string; locale: string }>;
  tests: { passed: number; failed: number };
  allowFailingTests: boolean;
}

/** The manifest's text: the marker, the sources, the tests, and every other file of the build with its hash (`artifacts`). No timestamp: the same sources build the same bytes. */
export function manifestText(m: ManifestInput): string {
  const artifacts: Record<string, { sha256: string }> = {};
  for (const p of [...m.hashes.keys()].sort()) artifacts[p] = { sha256: m.hashes.get(p) as string };
  return stableJson({
    format: MANIFEST_FORMAT,
    formatVersion: MANIFEST_FORMAT_VERSION,
    replybook: m.version,
    source: m.source,
    playbooks: [...m.playbooks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    tests: { passed: m.tests.passed, failed: m.tests.failed, total: m.tests.passed + m.tests.failed },
    allowFailingTests: m.allowFailingTests,
    artifacts,
  });
}

/** A relative artifact path that stays inside the build folder: no `..`, `.`, empty or absolute parts. */
export function isSafeArtifactPath(p: string): boolean {
  if (p === '' || p.startsWith('/') || /[\\\0]/.test(p) || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * The files a build folder's manifest says replybook wrote (manifest.json itself included), or
 * null when the text is not a manifest replybook wrote: not JSON, no generator marker, or a listed
 * path that would leave the folder.
 */
export function manifestFiles(text: string): string[] | null {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return null;
  const { format, artifacts } = m as { format?: unknown; artifacts?: unknown };
  if (format !== MANIFEST_FORMAT || typeof artifacts !== 'object' || artifacts === null || Array.isArray(artifacts)) return null;
  const files = Object.keys(artifacts);
  if (!files.every(isSafeArtifactPath)) return null;
  return [MANIFEST_PATH, ...files.filter((f) => f !== MANIFEST_PATH)];
}

/** `manifest.json` of a build: what was built, from what, and whether every sample complaint passed. */
import { stableJson } from './stable-json.js';

export const MANIFEST_PATH = 'manifest.json';

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

/** The manifest's text. No timestamp: the same sources build the same bytes. */
export function manifestText(m: ManifestInput): string {
  const artifacts: Record<string, { sha256: string }> = {};
  for (const p of [...m.hashes.keys()].sort()) artifacts[p] = { sha256: m.hashes.get(p) as string };
  return stableJson({
    replybook: m.version,
    source: m.source,
    playbooks: [...m.playbooks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    tests: { passed: m.tests.passed, failed: m.tests.failed, total: m.tests.passed + m.tests.failed },
    allowFailingTests: m.allowFailingTests,
    artifacts,
  });
}

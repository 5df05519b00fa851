/**
 * The bundled command line loads re2js, the engine of playbook patterns, when the first pattern is
 * compiled, not at every start (`lazyRe2` in scripts/bundle.mjs; issue 13's start-up target): a
 * playbook without patterns never reads its 190 KB, and one with patterns still gets them right.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, ensureDist } from './support/dist.js';

let dir: string;
let hook: string;

beforeAll(async () => {
  await ensureDist();
  dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-lazy-re2-'));
  // Preloaded into the command's process: says on stderr whenever a module named re2js is required.
  hook = path.join(dir, 'hook.cjs');
  await writeFile(
    hook,
    [
      "const Module = require('node:module');",
      'const load = Module._load;',
      "Module._load = function (request, ...rest) { if (request === 're2js') process.stderr.write('[re2js loaded]\\n'); return load.call(this, request, ...rest); };",
    ].join('\n'),
  );
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['-r', hook, CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }, (e, out, err) => {
      resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, out, err });
    });
  });
}

describe('the bundle and re2js', () => {
  it('does not load re2js for a playbook without patterns', async () => {
    const r = await cli(['check', 'test/build/fixtures/mini']);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('[re2js loaded]');
  });

  it('loads it once when a playbook has a pattern, and the pattern works', async () => {
    // brightbean's order numbers are a `pattern` signal that V8 may not run (re2js runs it).
    const r = await cli(['test', 'playbooks/brightbean', '--jobs', '1']);
    expect(r.out).toMatch(/\b[1-9]\d* passed, 0 failed\b/);
    expect(r.code).toBe(0);
    expect(r.err.split('[re2js loaded]').length - 1).toBe(1);
  });
});

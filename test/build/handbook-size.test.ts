/**
 * The handbook of a playbook at a real team's scale (test/bench/scale-repo.ts: 100 templates, 3,000
 * sample complaints), built by the compiled CLI: one self-contained HTML page under 500 KB, every
 * template with at most five replies to its samples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeScaleRepo } from '../bench/scale-repo.js';
import { CLI, ensureDist } from './support/dist.js';

const MAX_BYTES = 500 * 1024;
let tmp: string;
let html: string;
let md: string;

beforeAll(async () => {
  await ensureDist();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'replybook-handbook-size-'));
  await writeScaleRepo(tmp, { templates: 100, complaints: 3000 });
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env['CI'];
  delete env['GITHUB_ACTIONS'];
  const r = await new Promise<{ code: number; err: string }>((resolve) =>
    execFile(
      process.execPath,
      [CLI, 'build', 'brand-00', '--out', 'out', '--allow-failing-tests'],
      { cwd: tmp, env, maxBuffer: 64 << 20 },
      (e, _out, err) => resolve({ code: e ? ((e as { code?: number }).code ?? -1) : 0, err }),
    ),
  );
  expect(r.code, r.err.slice(0, 2000)).toBe(0);
  html = await readFile(path.join(tmp, 'out/brand-00/handbook.html'), 'utf8');
  md = await readFile(path.join(tmp, 'out/brand-00/handbook.md'), 'utf8');
}, 300_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the handbook of a 3,000-sample playbook', () => {
  it(`stays under ${MAX_BYTES / 1024} KB`, () => {
    const bytes = Buffer.byteLength(html);
    console.log(`handbook.html: ${(bytes / 1024).toFixed(1)} KB, handbook.md: ${(Buffer.byteLength(md) / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThan(MAX_BYTES);
    expect(html).toContain('id="search-index"');
  });

  it('shows every template with at most five replies to its samples', () => {
    const entries = html.split('<section class="entry"').slice(1);
    expect(entries.length).toBe(101);
    let fromSamples = 0;
    for (const entry of entries) {
      const samples = entry.match(/<figure class="reply" id="reply-/g)?.length ?? 0;
      expect(samples).toBeLessThanOrEqual(5);
      fromSamples += samples;
    }
    // the samples select 10 of the templates (scale-repo's pattern), 300 each: 5 shown of each
    expect(fromSamples).toBe(50);
  });
});

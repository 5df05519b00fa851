/** The simulator's save through the project's door (src/tui/effects/save-complaint.ts): the complaint, and an accepted outcome's snapshot. */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectFs } from '../../src/node/project-fs.js';
import { saveComplaint } from '../../src/tui/effects/save-complaint.js';
import type { SaveRequest } from '../../src/tui/state/types.js';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const FILE = `complaints:
  - id: late
    text: Late.
    channel: x
    expect:
      type: constructive
`;

const request = (over: Partial<SaveRequest>): SaveRequest => ({
  file: 'pb/complaints.yaml',
  key: 'pb/complaints.yaml#late',
  mode: 'update',
  complaint: { id: 'late', text: 'Late.', channel: 'x', author: {}, at: '2026-03-02T10:00:00+03:00' },
  expect: { type: 'systemic', template: 'systemic/default', escalations: [] },
  ...over,
});

async function project(): Promise<ProjectFs> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'replybook-save-'));
  await mkdir(path.join(dir, 'pb/__replies__/complaints'), { recursive: true });
  await writeFile(path.join(dir, 'pb/complaints.yaml'), FILE);
  return ProjectFs.at(dir);
}

describe('saving from the simulator', () => {
  it('an accepted outcome writes the expectations and the reply snapshot', async () => {
    const door = await project();
    await saveComplaint(door, request({ snapshot: { path: 'pb/__replies__/complaints/late.txt', text: 'We are on it.\n' } }));
    expect(await readFile(path.join(dir, 'pb/complaints.yaml'), 'utf8')).toContain('type: systemic');
    expect(await readFile(path.join(dir, 'pb/__replies__/complaints/late.txt'), 'utf8')).toBe('We are on it.\n');
  });

  it('kept expectations write only the channel, and no snapshot', async () => {
    const door = await project();
    await saveComplaint(door, request({ keep: true, complaint: { ...request({}).complaint, channel: 'vk' } }));
    expect(await readFile(path.join(dir, 'pb/complaints.yaml'), 'utf8')).toBe(FILE.replace('channel: x', 'channel: vk'));
  });

  it('a snapshot path that leads outside the project is refused, and said', async () => {
    const door = await project();
    await expect(saveComplaint(door, request({ snapshot: { path: '../outside.txt', text: 'x\n' } }))).rejects.toThrow(/cannot write/);
  });
});

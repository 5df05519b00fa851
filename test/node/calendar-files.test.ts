import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/node/files.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { loadAndRunPlaybook } from '../../src/tui/effects/load-and-run-playbook.js';
import { checkProject } from '../../src/validate/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/calendar-files/', import.meta.url));
const PLAYBOOK = (files: string) => `replybook: 1
brand: Acme
locale: ru
timezone: Europe/Moscow
schedule:
  calendar: ru
  calendar_files: ${files}
channels:
  vk: { name: ВКонтакте, limit: 4096 }
voices:
  official: { name: Команда, default: true }
types:
  other: { fallback: true }
templates:
  general:
    when: { type: other }
    text: "{{greeting}}!"
`;

let base: string;
let root: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'replybook-calendar-'));
  root = path.join(base, 'project');
  await mkdir(path.join(root, 'pb', 'calendars'), { recursive: true });
  await copyFile(path.join(FIXTURES, 'invented-2027.json'), path.join(root, 'pb', 'calendars', '2027.json'));
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('calendar files through the project door', () => {
  it('reads the files a playbook names and checks them with it', async () => {
    await writeFile(path.join(root, 'pb', 'playbook.yaml'), PLAYBOOK('[calendars/2027.json]'));
    const project = await ProjectFs.at(root);
    const { files } = await collectFiles(project, ['pb']);
    expect(files.map((f) => f.path)).toEqual(['pb/playbook.yaml', 'pb/calendars/2027.json']);
    const check = checkProject(files);
    expect(check.diagnostics).toEqual([]);
    expect(check.playbooks[0].playbook!.schedule.calendarYears!.map((y) => y.year)).toEqual([2027]);
  });

  it('refuses a file that leads outside the project, at the reference, without reading it', async () => {
    await writeFile(path.join(base, 'secret.json'), '{"year": 2027, "days": [{"d": "SECRET", "t": 1}]}');
    await symlink(path.join(base, 'secret.json'), path.join(root, 'pb', 'outside.json'));
    await writeFile(path.join(root, 'pb', 'playbook.yaml'), PLAYBOOK('outside.json'));
    const { files } = await collectFiles(await ProjectFs.at(root), ['pb']);
    const ds = checkProject(files).diagnostics;
    expect(ds.map((d) => `${d.ruleId} ${d.file}:${d.range.start.line}`)).toEqual(['load/outside-project pb/playbook.yaml:7']);
    expect(JSON.stringify(ds)).not.toContain('SECRET');
  });

  it('a missing file is an error at its reference', async () => {
    await writeFile(path.join(root, 'pb', 'playbook.yaml'), PLAYBOOK('nope.xml'));
    const { files } = await collectFiles(await ProjectFs.at(root), ['pb']);
    const [d] = checkProject(files).diagnostics;
    expect(`${d.ruleId} ${d.file}:${d.range.start.line}`).toBe('schedule/calendar-file pb/playbook.yaml:7');
    expect(d.message).toMatch(/cannot be read: it does not exist/);
  });
});

describe('the simulator and the current time', () => {
  it.each([
    ['2026-06-01T10:00:00Z', []],
    ['2027-06-01T10:00:00Z', []], // the file supplies 2027
    ['2028-06-01T10:00:00Z', ['warning schedule/calendar-coverage']],
  ])('now %s → %j', async (now, expected) => {
    await writeFile(path.join(root, 'pb', 'playbook.yaml'), PLAYBOOK('[calendars/2027.json]'));
    const loaded = await loadAndRunPlaybook('pb', await ProjectFs.at(root), now);
    expect(loaded.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(expected);
    expect(loaded.calendarNotice === undefined).toBe(expected.length === 0);
  });

  it('a provisional year is a note', async () => {
    await writeFile(path.join(root, 'pb', 'playbook.yaml'), PLAYBOOK('[]'));
    const loaded = await loadAndRunPlaybook('pb', await ProjectFs.at(root), '2027-06-01T10:00:00Z');
    expect(loaded.diagnostics.map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['info schedule/calendar-provisional']);
    expect(loaded.calendarNotice).toMatch(/^Now \(2027-06-01\): 2027 is provisional in calendar ru/);
  });
});

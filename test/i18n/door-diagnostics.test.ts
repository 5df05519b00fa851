/**
 * Diagnostics said by the project's file door (src/node) and by the simulator's loader (src/tui),
 * from real files in a temporary project: in English from the catalogue equal to their own
 * message, and in Russian as a support lead reads it.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { collectFiles, readCalendarFiles } from '../../src/node/files.js';
import { MAX_CONFIG_BYTES, openConfiguredProject } from '../../src/node/project-config.js';
import { ProjectFs } from '../../src/node/project-fs.js';
import { checkProject } from '../../src/validate/index.js';
import { localDiagnostic, renderDiagnostic } from '../../src/report/diagnostic-message.js';
import { loadAndRunPlaybook } from '../../src/tui/effects/load-and-run-playbook.js';
import { VALID_PLAYBOOK } from '../validate/helpers.js';

let base: string;
let root: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), 'replybook-door-i18n-'));
  root = path.join(base, 'project');
  await mkdir(path.join(root, 'pb'), { recursive: true });
});
afterEach(() => rm(base, { recursive: true, force: true }));

/** Writes the files (relative to the project) of a playbook folder. */
async function write(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
}

/** The one diagnostic of `rule`: its English from the catalogue is its own; its Russian is returned. */
function russian(ds: ReadonlyArray<Diagnostic>, rule: string): Diagnostic {
  const found = ds.filter((d) => d.ruleId === rule);
  expect(found, `one ${rule} diagnostic`).toHaveLength(1);
  const d = found[0];
  const en = renderDiagnostic(d, 'en');
  expect(en).not.toBe(d);
  expect({ message: en.message, note: en.note, related: en.related }).toEqual({ message: d.message, note: d.note, related: d.related });
  return localDiagnostic(d, 'ru');
}

const pbFiles = (extra = ''): Record<string, string> =>
  Object.fromEntries(Object.entries(VALID_PLAYBOOK).map(([p, text]) => [`pb/${p}`, p === 'playbook.yaml' ? text + extra : text]));

describe('the simulator says of the calendar of now', () => {
  it('schedule/calendar-coverage: now in a year the calendar does not cover', async () => {
    await write(pbFiles('schedule:\n  calendar: ru\n'));
    const loaded = await loadAndRunPlaybook('pb', await ProjectFs.at(root), '2040-05-04T10:00:00Z');
    const ru = russian(loaded.diagnostics, 'schedule/calendar-coverage');
    expect(ru.message).toBe(
      'Сейчас (2040-05-04): 2040 год вне лет, которые знает производственный календарь (ru: 2025–2027, 2027 — предварительно): сроки в 2040 году считаются без его праздников, как обычные недели',
    );
    expect(ru.note).toBe(
      'Задайте этот год в `schedule.calendar_years` или в файле календаря (`schedule.calendar_files`); как это сделать, описано в docs/deadlines.md.',
    );
  });

  it('schedule/calendar-provisional: now in a provisional year', async () => {
    await write(pbFiles('schedule:\n  calendar: ru\n'));
    const loaded = await loadAndRunPlaybook('pb', await ProjectFs.at(root), '2027-05-04T10:00:00Z');
    const ru = russian(loaded.diagnostics, 'schedule/calendar-provisional');
    expect(ru.message).toBe(
      'Сейчас (2027-05-04): 2027 год в календаре ru предварительный: праздники и сокращённые дни взяты только из Трудового кодекса, без переносов выходных по постановлению Правительства',
    );
  });
});

/** The diagnostics `check` reports for the paths given, read through the door as the CLI reads them. */
async function checkedAt(paths: string[]): Promise<Diagnostic[]> {
  const project = await ProjectFs.at(root);
  const { files, problems } = await collectFiles(project, paths);
  const calendars = await readCalendarFiles(project, files);
  return [...problems, ...checkProject([...files, ...calendars]).diagnostics];
}

describe('the door says of a path it refuses', () => {
  it('load/unreadable: a path given that is a broken link', async () => {
    await symlink(path.join(root, 'gone'), path.join(root, 'pb-link'));
    const ru = russian(await checkedAt(['pb-link']), 'load/unreadable');
    expect(ru.message).toBe('Не удаётся прочитать указанный путь: это символическая ссылка на несуществующий путь');
  });

  it('load/unreadable: a playbook file that is a broken link', async () => {
    await write(pbFiles());
    await symlink(path.join(root, 'pb', 'gone.yaml'), path.join(root, 'pb', 'types2.yaml'));
    const ru = russian(await checkedAt(['pb']), 'load/unreadable');
    expect(ru.message).toBe('Не удаётся прочитать файл: это символическая ссылка на несуществующий путь');
  });

  it('load/outside-project: a playbook file that links outside', async () => {
    await write(pbFiles());
    await writeFile(path.join(base, 'secret.yaml'), 'a: 1\n');
    await symlink(path.join(base, 'secret.yaml'), path.join(root, 'pb', 'more.yaml'));
    const ru = russian(await checkedAt(['pb']), 'load/outside-project');
    expect(ru.message).toBe('Не удаётся прочитать файл: это ссылка за пределы проекта (на ../secret.yaml)');
    expect(ru.note).toBe(
      'replybook читает файлы только внутри проекта (в репозитории git, а вне git — в рабочей папке); удалите ссылку или направьте её внутрь проекта.',
    );
  });

  it('load/outside-project: a calendar file that links outside', async () => {
    await write(pbFiles('schedule:\n  calendar_files: outside.json\n'));
    await writeFile(path.join(base, 'secret.json'), '{}');
    await symlink(path.join(base, 'secret.json'), path.join(root, 'pb', 'outside.json'));
    const ru = russian(await checkedAt(['pb']), 'load/outside-project');
    expect(ru.message).toBe('Файл календаря `outside.json` не удаётся прочитать: это ссылка за пределы проекта (на ../secret.json)');
  });

  it('load/too-large: a configuration file over the limit the door reads', async () => {
    await write({ 'replybook.config.yaml': `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n` });
    const { diagnostics } = await openConfiguredProject(root);
    const ru = russian(diagnostics, 'load/too-large');
    expect(ru.message).toBe('Не удаётся прочитать файл конфигурации: размер больше предела в 262\u00a0144 байта');
  });
});

describe('the simulator says of the folder it is given', () => {
  it('load/missing', async () => {
    const loaded = await loadAndRunPlaybook('nowhere', await ProjectFs.at(root));
    expect(russian(loaded.diagnostics, 'load/missing').message).toBe('Папка не найдена: nowhere');
  });

  it('load/empty: no playbook files', async () => {
    const loaded = await loadAndRunPlaybook('pb', await ProjectFs.at(root));
    expect(russian(loaded.diagnostics, 'load/empty').message).toBe('В pb нет файлов playbook (.yaml)');
  });

  it('load/no-playbook', async () => {
    await write({ 'pb/notes.yaml': 'a: 1\n' });
    const loaded = await loadAndRunPlaybook('pb', await ProjectFs.at(root));
    expect(russian(loaded.diagnostics, 'load/no-playbook').message).toBe('В pb нет playbook (папки с playbook.yaml)');
  });
});

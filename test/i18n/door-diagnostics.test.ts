/**
 * Diagnostics said by the project's file door (src/node) and by the simulator's loader (src/tui),
 * from real files in a temporary project: in English from the catalogue equal to their own
 * message, and in Russian as a support lead reads it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { ProjectFs } from '../../src/node/project-fs.js';
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

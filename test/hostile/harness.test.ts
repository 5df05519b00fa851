/** The harness itself: a case that breaks an invariant must fail, so the corpus can be trusted. */
import { describe, expect, it } from 'vitest';
import { ensureDist } from '../build/support/dist.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CANARY, miniPlaybook, runCase, showsLocated } from './harness.js';

describe('hostile harness', () => {
  it('passes a clean run of the mini playbook', async () => {
    await ensureDist();
    const r = await runCase({
      name: 'clean',
      class: 'harness',
      files: miniPlaybook(),
      args: ['test', 'pb'],
      expect: { exit: 0, output: /1 passed, 0 failed/ },
    });
    expect(r.code).toBe(0);
  }, 60_000);

  it('fails when the output shows a file outside the project, or one outside changed', async () => {
    const fake = (out: string, touch?: (outside: string) => Promise<void>) => async (_args: string[], opts: { cwd: string }) => {
      await touch?.(path.join(opts.cwd, '../outside'));
      return { code: 0, signal: null, stdout: out, stderr: '', ms: 1, timedOut: false };
    };
    const c = { name: 'fake', class: 'harness', files: miniPlaybook(), args: ['test'], expect: { exit: 0 } };
    await expect(runCase(c, fake(`leaked ${CANARY}`))).rejects.toThrow(/outside the project/);
    await expect(
      runCase(
        c,
        fake('', (o) => writeFile(path.join(o, 'dir/a.txt'), 'x')),
      ),
    ).rejects.toThrow(/outside the project changed: dir\/a\.txt/);
    await expect(
      runCase(
        c,
        fake('', (o) => writeFile(path.join(o, 'new.txt'), 'x')),
      ),
    ).rejects.toThrow(/changed: new\.txt/);
    await expect(runCase(c, fake('Error: x\n    at foo (file:///a.js:1:2)'))).rejects.toThrow(/stack trace/);
    await expect(runCase(c, fake('ok'))).resolves.toMatchObject({ code: 0 });
  });

  it('fails on a wrong exit code and a missing location', async () => {
    await ensureDist();
    await expect(
      runCase({
        name: 'wrong',
        class: 'harness',
        files: miniPlaybook(),
        args: ['test', 'pb'],
        expect: { exit: 2, located: { file: 'pb/playbook.yaml', line: 1 } },
      }),
    ).rejects.toThrow(/exit code 0, expected 2[\s\S]*no diagnostic at pb\/playbook\.yaml:1/);
  }, 60_000);

  it.each([
    [
      'pb/playbook.yaml:6:24  error    The regular …  regex/catastrophic',
      { file: 'pb/playbook.yaml', line: 6, column: 24, rule: 'regex/catastrophic' },
      true,
    ],
    [
      '::error file=pb/playbook.yaml,line=6,endLine=6,col=24,endColumn=32,title=regex/x::m',
      { file: 'pb/playbook.yaml', line: 6, column: 24, rule: 'regex/x' },
      true,
    ],
    ['pb/playbook.yaml:16:24  error  m  regex/x', { file: 'pb/playbook.yaml', line: 6 }, false],
    ['other.yaml:6:24  error  m', { file: 'pb/playbook.yaml' }, false],
  ] as const)('showsLocated(%j)', (out, loc, want) => {
    expect(showsLocated(out, loc)).toBe(want);
  });
});

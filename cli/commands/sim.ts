/**
 * `replybook sim`: with `--text`, one complaint through the playbook, printed (or `--json`) —
 * for scripts; without it, the terminal simulator (loaded only here, only then).
 */
import { isUsable } from '../../src/model/checked-playbook.js';
import type { Mention } from '../../src/model/outcome.js';
import { scheduleCoverageNote } from '../../src/deadline/coverage.js';
import { compileRuntime, mentionTooLong, respond } from '../../src/engine/index.js';
import { groupDigits } from '../../src/model/mention-limits.js';
import { complaintBudget } from '../budget.js';
import { formatDiagnostics } from '../../src/report/index.js';
import { formatOutcomeText } from '../../src/report/outcome-text.js';
import { outcomeForMachines } from '../../src/report/outcome-json.js';
import { commandLang } from '../lang.js';
import { visibleLines } from '../../src/report/visible.js';
import { notATerminalMessage } from '../../src/tui/not-a-terminal.js';
import { EXIT, say, usage, useColor, type CliIO } from '../../src/node/io.js';
import { checkAt, checkWholeNumber, MAX_FOLLOWERS } from '../options.js';
import { underCi } from '../snapshots.js';
import { openCommandProject, readAndCheckProject, reportContext } from '../project.js';

interface SimOptions {
  text?: string;
  channel?: string;
  author?: string;
  followers?: string;
  verified?: boolean;
  at?: string;
  voice?: string;
  format?: 'text' | 'json';
  json?: boolean;
  timeout?: string;
  lang?: string;
}

export async function run(opts: SimOptions, io: CliIO, extra: { args: string[] }): Promise<number> {
  const dir = extra.args[0] ?? '.';
  // `--json` is `--format json`: with `--format text` the two ask for different output.
  if (opts.json && opts.format === 'text') return usage(io, 'sim', '--json and --format text ask for different output: give one of them');
  // Option values are checked in both modes: a garbage value is a usage error, not ignored.
  const followers = opts.followers === undefined ? undefined : checkWholeNumber('--followers', opts.followers, MAX_FOLLOWERS);
  if (typeof followers === 'string') return usage(io, 'sim', followers);
  const atMs = opts.at === undefined ? Date.now() : checkAt(opts.at);
  if (typeof atMs === 'string') return usage(io, 'sim', atMs);
  if (opts.text === undefined) {
    if (!io.stdin?.isTTY || !io.stdout.isTTY) {
      io.stderr.write(visibleLines(notATerminalMessage(dir).trimEnd()).join('\n') + '\n');
      return EXIT.usage;
    }
    // Ink draws only a final frame when the CI variable is set; we have just checked that this is an
    // interactive terminal, so the simulator must draw live wherever it runs.
    // Samples are still judged as `test` judges them here: a missing snapshot fails under CI.
    const ci = underCi(undefined, io.env);
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    const { startSimulator } = await import('../../src/tui/index.js');
    return startSimulator({ dir, io, ci, ...(opts.lang ? { lang: opts.lang } : {}) });
  }
  const at = opts.at ?? new Date(atMs).toISOString();
  const budget = complaintBudget(opts.timeout, 'sim', io);
  if (typeof budget === 'number') return budget;
  // A string over its limit would not be matched: a usage error, said before the playbook is read.
  const FLAGS: Record<string, string> = { text: '--text', 'author.name': '--author', channel: '--channel', voice: '--voice', at: '--at' };
  const over = mentionTooLong({ text: opts.text, channel: opts.channel ?? '', author: { name: opts.author }, at, voice: opts.voice });
  if (over.length) {
    for (const p of over)
      say(
        io,
        'sim',
        `${FLAGS[p.path.join('.')] ?? p.path.join('.')} is ${groupDigits(p.length)} characters; replybook matches at most ${groupDigits(p.limit)} (${p.limitName})`,
      );
    return EXIT.usage;
  }
  // The configuration's `lang` counts for the text as it does for every command.
  const opened = await openCommandProject(io, [dir]);
  const project = await readAndCheckProject([dir], io, 'sim', opened);
  if (typeof project === 'number') return project;
  const { check } = project;
  const found = check.playbooks.filter(isUsable);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || found.length === 0) {
    io.stderr.write(formatDiagnostics('stylish', check.diagnostics, { ...reportContext(io), color: useColor(io, io.stderr) }));
    if (found.length === 0 && errors.length === 0) say(io, 'sim', `no playbook (a folder with playbook.yaml) in ${dir}`);
    return EXIT.usage;
  }
  if (found.length > 1) return usage(io, 'sim', `${dir} holds ${found.length} playbooks (${found.map((p) => p.dir).join(', ')}); name one`);
  const playbook = found[0].playbook;
  const channel = opts.channel ?? [...playbook.channels.keys()][0];
  if (!playbook.channels.has(channel)) {
    return usage(
      io,
      'sim',
      `unknown channel \`${channel}\`, expected one of ${[...playbook.channels.keys()].map((c) => `\`${c}\``).join(', ')}`,
    );
  }
  if (opts.voice !== undefined && !playbook.voices.has(opts.voice)) {
    return usage(
      io,
      'sim',
      `unknown voice \`${opts.voice}\`, expected one of ${[...playbook.voices.keys()].map((v) => `\`${v}\``).join(', ')}`,
    );
  }
  const mention: Mention = {
    text: opts.text,
    channel,
    author: { name: opts.author, followers, verified: opts.verified ?? false },
    at,
    voice: opts.voice,
  };
  // The current time (or --at) in a year the calendar does not cover: the deadline ignores its holidays.
  const note = scheduleCoverageNote(playbook.schedule, atMs);
  if (note)
    say(
      io,
      'sim',
      `${note.status === 'uncovered' ? 'warning' : 'note'}: ${opts.at === undefined ? `now (${at})` : `--at ${at}`}: ${note.message}. ${note.hint}`,
    );
  const outcome = respond(compileRuntime(playbook), mention, { budget });
  if (opts.json || opts.format === 'json') io.stdout.write(`${JSON.stringify(outcomeForMachines(outcome), null, 2)}\n`);
  else {
    // The labels in the team's language (--lang, the configuration's, the playbook's locale, LANG), times in its zone by name.
    const lang = commandLang(opts, io, opened, playbook.locale);
    io.stdout.write(formatOutcomeText(mention, outcome, { color: useColor(io), lang, zone: playbook.timezone }));
  }
  return outcome.errors.length ? EXIT.problems : EXIT.ok;
}

/**
 * `npm run bench` (limits): what used to be wall-clock assertions in the tests, measured here as
 * ratios to a floor timed in the same run, so a slow or busy machine moves both sides:
 * - refusing a 50 MB file costs no more than parsing a small playbook file (it is refused on its size);
 * - each hostile YAML text (depth, aliases) costs about what a plain 20 KB file does (each is refused
 *   early, at its depth or alias limit, whatever its size);
 * - checking a randomly mutated playbook costs about what checking the valid one does.
 */
import fc from 'fast-check';
import { parseSourceFile } from '../../src/load/index.js';
import { checkProject } from '../../src/validate/index.js';
import { HOSTILE_YAML } from '../load/hostile-yaml.js';
import { filesOf, VALID_PLAYBOOK } from '../validate/helpers.js';
import { apply, op } from '../validate/mutate.js';
import { percentile } from './support.js';

const enc = new TextEncoder();

/** Milliseconds per call of `fn`: the median of `rounds` rounds of `calls` calls, after a warm-up round. */
function msPerCall(fn: () => unknown, calls: number, rounds = 7): number {
  for (let i = 0; i < calls; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn();
    times.push((performance.now() - t0) / calls);
  }
  return percentile(
    times.sort((a, b) => a - b),
    50,
  );
}

/** A plain YAML mapping of about `bytes` bytes: the floor for the hostile texts. */
function plainYaml(bytes: number): string {
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const line = `key_${i}: value number ${i}`;
    lines.push(line);
    n += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

const verdict = (ratio: number, target: number): string => (ratio <= target ? 'ok' : `OVER the target of ${target}×`);

/** Runs the limit benchmarks and returns one report line each. */
export function benchLimits(): string[] {
  const lines: string[] = [];

  // Refusing a 50 MB file: the floor is parsing the small playbook.yaml of the tests.
  const small = { path: 'playbook.yaml', bytes: enc.encode(VALID_PLAYBOOK['playbook.yaml']) };
  const floorParse = msPerCall(() => parseSourceFile(small), 200);
  const huge = { path: 'big.yaml', bytes: new Uint8Array(50 * 1024 * 1024).fill(0x61) };
  const refuse = msPerCall(() => parseSourceFile(huge), 200);
  lines.push(
    `load    refusing a 50 MB file: ${(refuse * 1000).toFixed(1)} µs; parsing a ${small.bytes.length}-byte playbook.yaml ${(floorParse * 1000).toFixed(1)} µs; ` +
      `ratio ${(refuse / floorParse).toFixed(3)} (target ≤ 1) — ${verdict(refuse / floorParse, 1)}`,
  );

  // Hostile YAML against a plain 20 KB file.
  const TARGET_HOSTILE = 5;
  const plain = { path: 'plain.yaml', bytes: enc.encode(plainYaml(20_000)) };
  const floorPlain = msPerCall(() => parseSourceFile(plain), 10);
  let worst = { name: '', ratio: 0 };
  const each: string[] = [];
  for (const [name, text] of HOSTILE_YAML) {
    const bytes = enc.encode(text);
    const ratio = msPerCall(() => parseSourceFile({ path: 'f.yaml', bytes }), 10) / floorPlain;
    if (ratio > worst.ratio) worst = { name, ratio };
    each.push(`${name} ${ratio.toFixed(2)}`);
  }
  lines.push(
    `load    hostile YAML / a plain ${plain.bytes.length.toLocaleString('en')}-byte file (${floorPlain.toFixed(2)} ms): ${each.join(', ')}`,
  );
  lines.push(
    `load    the worst hostile YAML: ${worst.name}, ratio ${worst.ratio.toFixed(2)} (target ≤ ${TARGET_HOSTILE}) — ${verdict(worst.ratio, TARGET_HOSTILE)}`,
  );

  // Mutated playbooks against the valid one (the fuzz test's mutations, fewer of them).
  const TARGET_MUTATED = 20;
  const valid = filesOf(VALID_PLAYBOOK);
  const floorCheck = msPerCall(() => checkProject(valid), 3, 5);
  const names = Object.keys(VALID_PLAYBOOK);
  const samples = fc.sample(fc.tuple(fc.constantFrom(...names), fc.array(op, { minLength: 1, maxLength: 4 })), {
    numRuns: 100,
    seed: 20260302,
  });
  const times: number[] = [];
  for (const [name, ops] of samples) {
    const files = filesOf({ ...VALID_PLAYBOOK, [name]: ops.reduce(apply, VALID_PLAYBOOK[name]) });
    const t0 = performance.now();
    checkProject(files);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const max = times[times.length - 1];
  lines.push(
    `check   ${samples.length} mutated playbooks: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${max.toFixed(2)} ms; ` +
      `the valid playbook ${floorCheck.toFixed(2)} ms; max ratio ${(max / floorCheck).toFixed(2)} (target ≤ ${TARGET_MUTATED}) — ${verdict(max / floorCheck, TARGET_MUTATED)}`,
  );
  return lines;
}

/**
 * Each template and partial text is parsed once and compiled at most once per process (issue 13),
 * whoever asks: the check, the engine, another runtime of the same playbook, the handbook's examples.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPlaybook } from '../../src/node/load-playbook.js';
import { compileRuntime, respond } from '../../src/engine/index.js';
import { compileTemplates } from '../../src/template/index.js';
import { templateWork } from '../../src/template/parsed.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('templates are parsed and compiled once per process', () => {
  it('the check and the engine of an example playbook, then two more compilations, parse and compile each text once', async () => {
    const before = templateWork();
    // loadPlaybook checks the playbook and compiles its engine runtime
    const loaded = await loadPlaybook(path.join(root, 'playbooks/acme-market'), { cwd: root });
    const pb = loaded.playbook;
    const texts = new Set([...pb.templates.values(), ...pb.partials.values()].map((t) => t.text));
    const loadedWork = templateWork();
    expect(loadedWork.parses - before.parses).toBeGreaterThan(0);
    expect(loadedWork.parses - before.parses).toBeLessThanOrEqual(texts.size);
    expect(loadedWork.compilations - before.compilations).toBeLessThanOrEqual(texts.size);
    const rt = compileRuntime(pb);
    compileTemplates(pb);
    expect(templateWork()).toEqual(loadedWork);
    // the shared trees and specs render in each runtime
    for (const runtime of [loaded, rt]) {
      const out = respond(runtime, loaded.complaints[0], { trace: false });
      expect(out.errors).toEqual([]);
      expect(out.reply ?? '').not.toContain('{{');
    }
  });
});

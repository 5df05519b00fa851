/** A validated complaints file → the model's Complaints. */
import type { PositionIndex } from '../../load/position-index.js';
import type { ComplaintsFileInput } from '../../model/input.generated.js';
import type { Complaint, Expectation } from '../../model/outcome.js';
import type { Locale } from '../../model/playbook.js';
import { valueSource } from './source.js';

/** Compiles every complaint of one file (schema-valid data). */
export function compileComplaints(file: string, data: ComplaintsFileInput, positions: PositionIndex): Complaint[] {
  return (data.complaints ?? []).map((c, i) => {
    const e = c.expect ?? {};
    const expect: Expectation = {};
    if (e.type !== undefined) expect.type = e.type;
    if (e.template !== undefined) expect.template = e.template;
    if (e.escalations !== undefined)
      expect.escalations = e.escalations.map((x) =>
        typeof x === 'string' ? x : { to: x.to, ...(x.priority ? { priority: x.priority } : {}) },
      );
    if (e.due !== undefined) expect.due = e.due;
    if (e.reply !== undefined) expect.reply = e.reply === null ? null : { ...e.reply };
    if (e.hidden !== undefined) expect.hidden = e.hidden;
    const a = c.author ?? {};
    return {
      id: c.id,
      file,
      source: valueSource(positions, ['complaints', i]),
      text: c.text,
      channel: c.channel,
      author: {
        ...(a.name !== undefined ? { name: a.name } : {}),
        ...(a.handle !== undefined ? { handle: a.handle } : {}),
        ...(a.followers !== undefined ? { followers: a.followers } : {}),
        ...(a.verified !== undefined ? { verified: a.verified } : {}),
      },
      at: c.at,
      ...(c.voice !== undefined ? { voice: c.voice } : {}),
      ...(c.locale !== undefined ? { locale: c.locale as Locale } : {}),
      expect,
    };
  });
}

/** Saving a complaint: read the complaints file fresh (the editor may have changed it), upsert, write — through the project's door. */
import path from 'node:path';
import { MAX_READ_BYTES } from '../../node/files.js';
import type { ProjectFs } from '../../node/project-fs.js';
import type { SaveRequest } from '../state/types.js';
import { upsertComplaint } from './upsert-complaint.js';

/** Writes the request into its file (relative to the project's working folder); a new file gets the schema modeline. Throws with a reason the simulator shows. */
export async function saveComplaint(project: ProjectFs, request: SaveRequest): Promise<void> {
  const abs = project.resolve(request.file);
  const read = await project.readText(abs, MAX_READ_BYTES);
  let text = '';
  if (read.ok) text = read.value;
  else if (read.refusal.kind !== 'not-found') throw new Error(`cannot read ${read.refusal.path}: ${read.refusal.reason}`);
  const schemaAbs = path.join(project.cwd, 'schema', 'complaints.schema.json');
  const schema = (await project.kind(schemaAbs)).ok ? path.relative(path.dirname(abs), schemaAbs).split(path.sep).join('/') : undefined;
  const written = await project.writeFile(abs, upsertComplaint(text, request, schema));
  if (!written.ok) throw new Error(`cannot write ${written.refusal.path}: ${written.refusal.reason}`);
  // An accepted outcome's reply is its snapshot now (`replybook test` compares the next run with it).
  const snap = request.snapshot;
  if (snap) {
    const done =
      snap.text === null
        ? await project.removeFile(project.resolve(snap.path))
        : await project.writeFile(project.resolve(snap.path), snap.text);
    if (!done.ok && !(snap.text === null && done.refusal.kind === 'not-found'))
      throw new Error(`cannot write ${done.refusal.path}: ${done.refusal.reason}`);
  }
}

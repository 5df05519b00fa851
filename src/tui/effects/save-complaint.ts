/** Saving a complaint: read the complaints file fresh (the editor may have changed it), upsert, write. */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SaveRequest } from '../state/types.js';
import { upsertComplaint } from './upsert-complaint.js';

/** Writes the request into its file under `cwd`; a new file gets the schema modeline. */
export async function saveComplaint(cwd: string, request: SaveRequest): Promise<void> {
  const abs = path.resolve(cwd, request.file);
  let text = '';
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const schemaAbs = path.join(cwd, 'schema', 'complaints.schema.json');
  const hasSchema = await access(schemaAbs).then(() => true, () => false);
  const schema = hasSchema ? path.relative(path.dirname(abs), schemaAbs).split(path.sep).join('/') : undefined;
  await writeFile(abs, upsertComplaint(text, request, schema), 'utf8');
}

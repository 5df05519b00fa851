// An extension can only reference files inside itself: copy replybook's schemas in at build time.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const from = path.resolve(here, '../../../schema');
const to = path.resolve(here, '../schemas');
mkdirSync(to, { recursive: true });
for (const name of ['playbook.schema.json', 'complaints.schema.json']) {
  copyFileSync(path.join(from, name), path.join(to, name));
  process.stdout.write(`schemas/${name}\n`);
}

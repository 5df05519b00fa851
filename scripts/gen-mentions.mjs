/**
 * Writes the bundled example exports beside the example playbooks (`npm run gen:mentions`, after
 * `tsc`): playbooks/acme-market/mentions/sample.csv (a Brand Analytics–style export in Russian,
 * `;`, UTF-8 with a BOM) and playbooks/brightbean/mentions/sample.csv (a YouScan-style export in
 * English). The generator is deterministic (test/bench/export-generator.ts): same code, same bytes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { generateExport, exportCsv } = await import(path.join(root, 'dist/test/bench/export-generator.js'));

const samples = [
  { dir: 'playbooks/acme-market/mentions', options: { locale: 'ru', count: 300, seed: 15, style: 'brand-analytics' } },
  { dir: 'playbooks/brightbean/mentions', options: { locale: 'en', count: 200, seed: 16, style: 'youscan' } },
];
for (const { dir, options } of samples) {
  const e = generateExport(options);
  await mkdir(path.join(root, dir), { recursive: true });
  await writeFile(path.join(root, dir, 'sample.csv'), exportCsv(e, 'utf-8-bom'));
  process.stdout.write(
    `${dir}/sample.csv: ${e.rows.length} rows, label column ${e.label}, ${e.malformedLines.length} malformed on lines ${e.malformedLines.join(', ')}\n`,
  );
}

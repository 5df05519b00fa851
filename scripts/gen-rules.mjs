#!/usr/bin/env node
/**
 * Generates docs/rules.md — every rule id with its anchor, severity and description, and each
 * check's passing and failing examples with the diagnostics they give — from the rule catalogue and
 * the checks (src/report/rules-doc.ts, run from the compiled dist/).
 * Run: npm run gen:rules        (test/report/rules-doc.test.ts fails on drift)
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RULES_FILE = 'docs/rules.md';

const { rulesMarkdown } = await import(pathToFileURL(path.join(ROOT, 'dist/src/report/rules-doc.js')).href);
await writeFile(path.join(ROOT, RULES_FILE), rulesMarkdown());
console.log(`wrote ${RULES_FILE}`);

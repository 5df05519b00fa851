/** The two JSON schemas compiled once (module-level, on first use) with ajv. */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { complaintsSchema, playbookSchema } from './schema-data.generated.js';

// ajv-formats is CommonJS: under NodeNext its default import may be the module object.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as unknown as (ajv: Ajv) => Ajv;

export type SchemaKind = 'playbook' | 'complaints';

export interface Validators {
  playbook: ValidateFunction;
  complaints: ValidateFunction;
  /** The root schemas, for resolving `$ref`s when explaining errors. */
  schemas: Record<SchemaKind, Record<string, unknown>>;
}

let cached: Validators | undefined;

/** The compiled validators (compiled on first call, then reused). */
export function validators(): Validators {
  if (!cached) {
    // strict: false — the schemas carry VS Code's keywords (markdownDescription, defaultSnippets…).
    // verbose: errors carry their schema, so messages can list what was expected.
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    cached = {
      playbook: ajv.compile(playbookSchema),
      complaints: ajv.compile(complaintsSchema),
      schemas: { playbook: playbookSchema, complaints: complaintsSchema },
    };
  }
  return cached;
}

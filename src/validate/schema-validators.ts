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

let mention: ValidateFunction | undefined;

/**
 * A mention as the complaints schema describes a sample complaint's mention part: its required
 * fields, types, id and time patterns and locales — without the complaint's own `id` and `expect`,
 * and open to properties replybook does not read (a `Complaint` object and a monitoring export
 * both carry more). The rules stay the schema's: nothing here restates one.
 */
export function mentionSchema(): Record<string, unknown> {
  const definitions = complaintsSchema.definitions as Record<string, Record<string, unknown>>;
  const complaint = definitions.complaint;
  const { id: _id, expect: _expect, ...properties } = complaint.properties as Record<string, Record<string, unknown>>;
  const { additionalProperties: _closed, ...author } = properties.author;
  return {
    title: 'Mention',
    type: 'object',
    required: (complaint.required as string[]).filter((r) => r !== 'id'),
    properties: { ...properties, author },
    definitions,
  };
}

/** The compiled validator of `mentionSchema()` (compiled on first call, then reused). */
export function mentionValidator(): ValidateFunction {
  if (!mention) {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    mention = ajv.compile(mentionSchema());
  }
  return mention;
}

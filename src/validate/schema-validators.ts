/**
 * The validators of the JSON schemas, generated ahead of time as ajv standalone code
 * (scripts/gen-validators.mjs → schema-validators.generated.ts): no run compiles a schema.
 */
import type { ValidateFunction } from 'ajv';
import { complaintsSchema, configSchema, playbookSchema } from './schema-data.generated.js';
import * as generated from './schema-validators.generated.js';

export type SchemaKind = 'playbook' | 'complaints';

export interface Validators {
  playbook: ValidateFunction;
  complaints: ValidateFunction;
  /** One entry of a playbook's `templates` (the playbook schema's `definitions/template`), alone. */
  template: ValidateFunction;
  /** The root schemas, for resolving `$ref`s when explaining errors. */
  schemas: Record<SchemaKind, Record<string, unknown>>;
}

const VALIDATORS: Validators = {
  playbook: generated.playbook as ValidateFunction,
  template: generated.template as ValidateFunction,
  complaints: generated.complaints as ValidateFunction,
  schemas: { playbook: playbookSchema, complaints: complaintsSchema },
};

/** The validators of the playbook and complaints schemas. */
export function validators(): Validators {
  return VALIDATORS;
}

/**
 * A mention as the complaints schema describes a sample complaint's mention part, without the
 * complaint's own `id` and `expect` and open to properties replybook does not read; derived from
 * the complaints schema by `mentionSchemaOf` in scripts/gen-validators.mjs.
 */
export function mentionSchema(): Record<string, unknown> {
  return generated.mentionSchemaData as Record<string, unknown>;
}

/** The validator of `mentionSchema()`. */
export function mentionValidator(): ValidateFunction {
  return generated.mention as ValidateFunction;
}

/** The validator of the project configuration (schema/config.schema.json). */
export function configValidator(): ValidateFunction {
  return generated.config as ValidateFunction;
}

/** The project configuration's schema, for explaining its errors. */
export function configSchemaData(): Record<string, unknown> {
  return configSchema;
}

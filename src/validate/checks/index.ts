/** The registry of semantic checks, in the order they run. */
import type { PlaybookCheck } from '../check.js';
import { duplicateId } from './duplicate-id.js';
import { regexSafety } from './regex.js';
import { scheduleCheck } from './schedule.js';
import { templateMissing, templateUnreachable } from './template-reachability.js';
import { templateLengthCheck } from './template-length.js';
import { templateBounds } from './template-bounds.js';
import { templateSyntax } from './template-syntax.js';
import { templateToneCheck } from './template-tone.js';
import { templateValues } from './template-values.js';
import { templateVocabulary } from './template-vocabulary.js';
import { typeOrder } from './type-order.js';
import { unknownReference } from './unknown-reference.js';
import { voiceDefault } from './voices.js';

export {
  duplicateId,
  regexSafety,
  scheduleCheck,
  templateBounds,
  templateLengthCheck,
  templateValues,
  templateMissing,
  templateUnreachable,
  templateSyntax,
  templateToneCheck,
  templateVocabulary,
  typeOrder,
  unknownReference,
  voiceDefault,
};

/** Every check run on a playbook. */
export const CHECKS: readonly PlaybookCheck[] = [
  duplicateId,
  unknownReference,
  typeOrder,
  templateSyntax,
  templateBounds,
  templateVocabulary,
  templateValues,
  templateUnreachable,
  templateMissing,
  templateToneCheck,
  templateLengthCheck,
  scheduleCheck,
  regexSafety,
  voiceDefault,
];

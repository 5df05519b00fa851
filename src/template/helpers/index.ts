import type { ArgumentCheck } from './arguments.js';
import { dear, dearArguments } from './dear.js';
import { formatDate, formatDateArguments } from './format-date.js';
import { greeting, greetingArguments } from './greeting.js';
import { name, nameArguments } from './name.js';
import { plural, pluralArguments } from './plural.js';
import { salutation, salutationArguments } from './salutation.js';

/** The helpers the renderer registers, exactly those named in `vocabulary.ts`'s HELPERS. */
export const HELPER_FUNCTIONS: Readonly<Record<string, (...args: unknown[]) => string>> = {
  greeting,
  salutation,
  name,
  dear,
  plural,
  formatDate,
};

/** Per helper, what it accepts: `check` runs these on literal arguments, each helper on what it receives. */
export const HELPER_ARGUMENTS: Readonly<Record<string, ArgumentCheck>> = {
  greeting: greetingArguments,
  salutation: salutationArguments,
  name: nameArguments,
  dear: dearArguments,
  plural: pluralArguments,
  formatDate: formatDateArguments,
};
export { UNKNOWN, HelperError, type ArgumentCheck, type ArgumentProblem } from './arguments.js';
export { DATE_STYLES } from './format-date.js';
export { GREETING_STYLES } from './greeting.js';

export { greeting, greetingFor } from './greeting.js';
export { salutation } from './salutation.js';
export { name, NAME_FALLBACK } from './name.js';
export { dear, dearFor, nameGender } from './dear.js';
export { plural, pluralForm, toNumber } from './plural.js';
export { formatDate, formatInstant } from './format-date.js';
export { usableName, firstName } from './person-name.js';
export { localHour, zoneOffset, parseInstant } from './local-time.js';

import { dear } from './dear.js';
import { formatDate } from './format-date.js';
import { greeting } from './greeting.js';
import { name } from './name.js';
import { plural } from './plural.js';
import { salutation } from './salutation.js';

/** The helpers the renderer registers, exactly those named in `vocabulary.ts`'s HELPERS. */
export const HELPER_FUNCTIONS: Readonly<Record<string, (...args: unknown[]) => string>> = {
  greeting, salutation, name, dear, plural, formatDate,
};

export { greeting, greetingFor } from './greeting.js';
export { salutation } from './salutation.js';
export { name, NAME_FALLBACK } from './name.js';
export { dear, dearFor, nameGender } from './dear.js';
export { plural, pluralForm, toNumber } from './plural.js';
export { formatDate, formatInstant } from './format-date.js';
export { usableName, firstName } from './person-name.js';
export { localHour, zoneOffset, parseInstant } from './local-time.js';

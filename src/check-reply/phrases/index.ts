import type { Locale, RequiredElement } from '../../model/playbook.js';
import { EN_ELEMENTS } from './en.js';
import { RU_ELEMENTS } from './ru.js';

/** Built-in phrases per locale that count as each required element. */
export const ELEMENT_PHRASES: Readonly<Record<Locale, Readonly<Record<Exclude<RequiredElement, 'name'>, readonly string[]>>>> = {
  ru: RU_ELEMENTS,
  en: EN_ELEMENTS,
};

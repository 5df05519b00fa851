import type { RequiredElement } from '../../model/playbook.js';

/** Built-in en phrases that count as each required element (a playbook's `tone.elements` adds to them). */
export const EN_ELEMENTS: Readonly<Record<Exclude<RequiredElement, 'name'>, readonly string[]>> = {
  greeting: ['hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening', 'dear', 'greetings'],
  thanks: ['thank you', 'thanks', 'grateful', 'appreciate', 'appreciated'],
  regret: ['sorry', 'apologize', 'apologise', 'apologies', 'we regret', 'unfortunately', 'not the experience'],
  help: [
    'help',
    'assist',
    'look into',
    'sort this out',
    'fix',
    'resolve',
    'get back to you',
    'reach out',
    'contact us',
    'dm us',
    'send us',
    'let us know',
  ],
};

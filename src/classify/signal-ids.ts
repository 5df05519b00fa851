/**
 * The names of the built-in signals, apart from their detectors (signals.ts): what `check`, the
 * template analyser and the editor need of them, without loading the detectors' patterns.
 * `builtinSignals()` defines one detector for each, in this order (test/classify/signals.test.ts).
 */
export const BUILTIN_SIGNALS: readonly string[] = [
  'order-number',
  'shouting',
  'exclamations',
  'repeat-contact',
  'url',
  'question',
  'sarcasm',
];

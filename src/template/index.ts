export { chooseTemplate, indexTemplates, specificity, templateHolds, whyNot } from './choose.js';
export type { ChooseOptions, TemplateFacts, TemplateChoice } from './choose.js';
export { compileTemplates, renderReply } from './render.js';
export type { TemplateRuntime } from './render.js';
export { finishReply } from './finish.js';
export type { ReplyContext } from './context.js';
export { HELPERS, BUILTIN_HELPERS, VARIABLES } from './vocabulary.js';
export { HELPER_FUNCTIONS } from './helpers/index.js';
export { greetingFor, dearFor, nameGender, pluralForm, formatInstant, usableName, firstName, NAME_FALLBACK } from './helpers/index.js';

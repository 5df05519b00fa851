/** `replybook init`'s seed playbooks, as data (the command writes them through the project's door). */
export {
  HOOK_SETUP,
  INIT_LOCALES,
  initChannels,
  MAX_BRAND_LENGTH,
  PACKAGE_SCHEMA_DIR,
  initFiles,
  initOptionsProblem,
  playbookFolder,
  schemaModeline,
  type InitFile,
  type InitLocale,
  type InitOptions,
} from './files.js';
export { keepChannels, seedChannels, type SeedChannel } from './channels.js';

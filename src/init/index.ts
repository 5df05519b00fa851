/** `replybook init`'s seed playbooks, as data (the command writes them through the project's door). */
export {
  INIT_LOCALES,
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

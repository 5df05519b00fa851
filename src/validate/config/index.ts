export { applyDirectives, findDirectives, isSilenced, isTemplateSilenced } from './directives.js';
export type { Directive } from './directives.js';
export { CONFIG_FILES, NEVER_SEARCHED } from './config-file.js';
export { EMPTY_CONFIG, parseConfig, severityOfLevel } from './project-config.js';
export type { ParsedConfig, ProjectConfig, RuleLevel, RuleSetting, RuleSettingMap } from './project-config.js';
export { applyRuleSettings, compileRuleSettings, failsRun, fromRoot, resolvePosix, ruleSettingsOf } from './rule-settings.js';
export type { RuleSettings } from './rule-settings.js';
export { walkScope } from './scope.js';
export type { WalkScope } from './scope.js';

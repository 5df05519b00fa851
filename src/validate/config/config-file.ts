/**
 * The project configuration's file names (load/sources.ts holds them, since a configuration file
 * is never read as a playbook source). The folders never searched whatever `ignore` says are
 * load/sources.ts's `NEVER_SEARCHED` and every dot-folder.
 */
export { CONFIG_FILES, NEVER_SEARCHED } from '../../load/sources.js';

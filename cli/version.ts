/** replybook's own version, from its package.json (found from here both in the sources and in dist/). */
import { ownVersion } from '../src/node/trusted-files.js';

export const VERSION = ownVersion(import.meta.url);

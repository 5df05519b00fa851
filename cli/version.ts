/** replybook's own version, from its package.json (found from here both in the sources and in dist/). */
import { ownDocsBase, ownVersion } from '../src/node/trusted-files.js';

export const VERSION = ownVersion(import.meta.url);

/** replybook's package folder as a file URL: rule documentation links (`docs/rules.md#…`) resolve against it. */
export const DOCS_BASE = ownDocsBase(import.meta.url);

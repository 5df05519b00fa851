export type { SourceFile } from './source-file.js';
export { isUnreadable } from './source-file.js';
export type { LoadLimits } from './limits.js';
export { DEFAULT_LIMITS } from './limits.js';
export { decodeSource } from './decode.js';
export type { Decoded } from './decode.js';
export { findExcessiveNesting } from './nesting-scan.js';
export { LineIndex } from './positions.js';
export { PositionIndex, pathKey } from './position-index.js';
export type { JsonPath, NodeLocation } from './position-index.js';
export { locateInText, scalarOffsets, scalarPlacer, textRange, valueOffsetOf } from './scalar-map.js';
export type { ScalarPlacer, ScalarStyle, ScalarText } from './scalar-map.js';
export { documentToData, FORBIDDEN_KEYS } from './to-data.js';
export type { Data, ConvertResult } from './to-data.js';
export { parseSourceFile, parseText } from './parse-file.js';
export type { ParsedFile } from './parse-file.js';
export {
  SNAPSHOT_DIR,
  SNAPSHOT_EXTENSION,
  PLAYBOOK_FILE,
  NEVER_SEARCHED,
  normalisePath,
  dirOf,
  baseOf,
  isYamlPath,
  isSearchedFolder,
  isSourceName,
  isSourcePath,
  isPassedOver,
  isPlaybookFile,
  playbookFileOf,
  playbookDirs,
  playbookDirOf,
  isComplaintFile,
  snapshotFolder,
  snapshotPath,
  isSnapshotName,
} from './sources.js';

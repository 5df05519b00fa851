export { buildArtifacts, buildPlaybook, duplicatePlaybookIds, replyFileName, ARTIFACT_NAMES } from './build.js';
export { replyLibrary, playbookRelative, REPLY_LIBRARY_FORMAT, REPLY_LIBRARY_FORMAT_VERSION } from './reply-library.js';
export { handbookDocument, escalationWords, groupedExamples, handbookLang, humanName } from './handbook.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderHtml, escapeHtml } from './html.js';
export { isSafeArtifactPath, manifestFiles, manifestText, MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION, MANIFEST_PATH } from './manifest.js';
export type { ManifestInput, SourceCommit } from './manifest.js';
export {
  sampleMention,
  sampleTime,
  templateChannels,
  exampleRequest,
  templateExampleRenderer,
  sampleExamples,
  SAMPLE_LOCAL_TIME,
  EXAMPLES_PER_TEMPLATE,
} from './examples.js';
export type { SampleExample } from './examples.js';
export { stableJson } from './stable-json.js';
export { wordsFor, withinWords, dueWords } from './words.js';
export type { Block, Inline, Tags } from './document.js';
export type { Artifact, ExampleRequest, ExampleResult, PlaybookBuildInput, RenderExample } from './types.js';

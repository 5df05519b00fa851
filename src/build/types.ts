/** What the pure build takes and returns. */
import type { Channel, Template } from '../model/playbook.js';
import type { UsablePlaybook } from '../model/checked-playbook.js';
import type { Mention } from '../model/outcome.js';
import type { ComplaintResult } from '../model/test-result.js';
import type { Lang } from '../i18n/index.js';

/** One file of the build: a forward-slash path relative to the output folder, and its text. */
export interface Artifact {
  path: string;
  content: string;
}

/** What the per-channel example of a template is rendered from. */
export interface ExampleRequest {
  template: Template;
  channel: Channel;
  /** The fixed sample mention for this channel (see `sampleMention`). */
  mention: Mention;
  /** The type the example stands for: the template's first `when.type`, else the playbook's first replying type. */
  type: string;
  /** Signals the template requires (`when.signals`), with sample values. */
  signals: Record<string, string>;
  /** Escalations the template requires (`when.escalation`). */
  escalations: string[];
}

/** The rendered example text (finished and signed, as it would be posted), or why it could not be rendered. */
export type ExampleResult = { text: string } | { error: string };

/** Renders one template example; the build is pure, so rendering is passed in. */
export type RenderExample = (request: ExampleRequest) => ExampleResult;

/** The build input of one playbook: the checked playbook, its sample complaints and their results. */
export interface PlaybookBuildInput extends Pick<UsablePlaybook, 'playbook' | 'complaints'> {
  /** Results of this playbook's complaints from `runComplaints`. */
  results: ReadonlyArray<ComplaintResult>;
  render: RenderExample;
  /** The handbook's language (`--lang`); the playbook's locale when absent. */
  lang?: Lang;
  /**
   * The search library's browser code (MiniSearch's UMD build, read by the node layer: see
   * `searchLibraryScript`), inlined in the HTML handbook; without it the page has no search box.
   */
  searchLibrary?: string;
}

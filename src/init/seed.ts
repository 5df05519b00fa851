/**
 * What a seed playbook is made of, in one language: the texts `replybook init` writes, without the
 * schema modelines and the project's own values (brand, time zone, calendar), which `files.ts`
 * puts in. Pure data.
 */

/** The parts of a seed playbook a locale supplies (YAML text, each file without its modeline). */
export interface Seed {
  /** playbook.yaml below the modeline; `{{…}}` markers are filled by `files.ts`. */
  playbook: (values: SeedValues) => string;
  types: string;
  escalations: string;
  templates: string;
  complaints: string;
}

/** The project's own values, already written as YAML scalars (quoted where needed). */
export interface SeedValues {
  brand: string;
  timezone: string;
  /** The `schedule.calendar` line, or a comment saying how to add one. */
  calendarLine: string;
}

/**
 * Which rules `check` reports, and how: `--select`/`--ignore` on the command line, else the
 * configuration file's `select`/`ignore`, with the file's `rules` severities.
 */
import type { RuleChoices } from '../check/findings.js';
import { type ProjectConfig } from './project-config.js';
export interface RuleOptions {
    select?: string;
    ignore?: string;
}
/**
 * The choices: the file's severities; then only the selected rules (`--select` overrides the
 * file's `select`, and turns on a rule the file has off); then none of the ignored ones
 * (`--ignore` overrides the file's `ignore`). A selected `strictOnly` rule is on.
 */
export declare function ruleChoices(options: RuleOptions, project: ProjectConfig | undefined): RuleChoices;

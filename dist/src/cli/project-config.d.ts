import { type RuleName } from '../check/rules.js';
import type { RuleChoice } from '../check/findings.js';
import type { JsonSource } from '../json-source.js';
export declare const CONFIG_NAME = ".kyoto-parse.json";
/** A configuration file, read and checked. */
export interface ProjectConfig {
    /** The file, as messages name it (relative to the working directory when found). */
    file: string;
    rules: {
        [Name in RuleName]?: RuleChoice;
    };
    select?: RuleName[];
    ignore?: RuleName[];
    aliases?: JsonSource;
    vocabulary?: JsonSource;
}
/** The nearest `.kyoto-parse.json` from `start` up to the filesystem's root; undefined if none. */
export declare function findProjectConfig(start: string): string | undefined;
/**
 * The configuration `--config`/`--no-config` ask for (`option`: a file, false for none, undefined
 * to look upward from `cwd`), read and validated; a fault is a ConfigError naming the file and the entry.
 */
export declare function loadProjectConfig(option: string | false | undefined, cwd: string, maxBytes?: number): Promise<ProjectConfig | undefined>;
/** A known rule within two edits of `name`, for "did you mean". */
export declare function suggestRule(name: string): string;

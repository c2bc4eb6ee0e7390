/**
 * Settings every reading command derives from its options before any output: the code table,
 * the vocabulary and the record filters, each option checked with a one-line error.
 */
import type { RecordFilter } from '../analyses/filter.js';
import type { JsonSource } from '../json-source.js';
import { type CodeInfo, type CodeTable } from '../records/codes.js';
import { type Vocabulary } from '../records/vocabulary.js';
import type { ProjectConfig } from './project-config.js';
import type { NotationProfile } from '../profiles/profile.js';
import type { RuleChoices } from '../check/findings.js';
/**
 * The `--aliases` and `--vocabulary` files of one run, each read once however many readers it
 * has: it may be a pipe (`--aliases <(…)`), which a second read would find empty.
 */
export declare class ConfigFiles {
    private readonly read;
    /** The project configuration file (`.kyoto-parse.json`), read and checked before the command runs. */
    project?: ProjectConfig;
    /** The most bytes of one JSON file read (`--max-input-size`); undefined: the default. */
    maxBytes?: number;
    /** `--notation`, read and checked before the command runs; null: each file's is detected (notationFor). */
    notation?: NotationProfile | null;
    get(file: string | undefined): JsonSource | undefined;
}
export interface ParseSettings {
    codes: CodeTable;
    vocabulary: Vocabulary;
    /** `--encoding`, checked; undefined: UTF-8, or UTF-16 or UTF-32 with a byte order mark. */
    encoding?: string;
    /** `--notation`; null: each file's own, detected (notationFor). */
    notation: NotationProfile | null;
}
export interface RecordSettings extends ParseSettings {
    filter: RecordFilter;
    /** `check`'s rules as the configuration file chooses them: a run's findings are counted as `check` counts them. */
    rules: RuleChoices;
}
export interface FilterOptions {
    country?: string;
    paragraph?: string;
    stance?: string;
    vocabulary?: string;
    aliases?: string;
    encoding?: string;
}
/** The code table: the shipped one, or as `--aliases` (else the configuration file's `aliases`) extends or replaces it. */
export declare function codeTable(options: Pick<FilterOptions, 'aliases'>, config: ConfigFiles): CodeTable;
/** The code table and the vocabulary (`--vocabulary`, else the configuration file's `vocabulary`). */
export declare function parseSettings(options: Pick<FilterOptions, 'aliases' | 'vocabulary' | 'encoding'>, config: ConfigFiles): ParseSettings;
/** The codes, vocabulary and filters the options ask for. */
export declare function recordSettings(options: FilterOptions, config: ConfigFiles): RecordSettings;
export declare function resolveCode(codes: CodeTable, raw: string, what: string): CodeInfo;

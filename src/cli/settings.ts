/**
 * Settings every reading command derives from its options before any output: the code table,
 * the vocabulary and the record filters, each option checked with a one-line error.
 */
import type { RecordFilter } from '../analyses/filter.js';
import { jsonSource } from './json-file.js';
import type { JsonSource } from '../json-source.js';
import { loadCodeTable, unNames, type CodeInfo, type CodeTable } from '../records/codes.js';
import { loadVocabulary, type Vocabulary } from '../records/vocabulary.js';
import { STANCES, type Stance } from '../types.js';
import { codeOfName, nearNames } from './lookups.js';
import type { ProjectConfig } from './project-config.js';
import type { NotationProfile } from '../profiles/profile.js';
import { checkEncoding } from './encoding.js';
import type { RuleChoices } from '../check/findings.js';
import { ruleChoices } from './rule-choices.js';
import { UsageError } from './usage-error.js';
import { commaList } from './comma-list.js';
import { readable } from '../util/quoted.js';

/**
 * The `--aliases` and `--vocabulary` files of one run, each read once however many readers it
 * has: it may be a pipe (`--aliases <(…)`), which a second read would find empty.
 */
export class ConfigFiles {
  private readonly read = new Map<string, JsonSource>();

  /** The project configuration file (`.kyoto-parse.json`), read and checked before the command runs. */
  project?: ProjectConfig;

  /** The most bytes of one JSON file read (`--max-input-size`); undefined: the default. */
  maxBytes?: number;

  /** `--notation`, read and checked before the command runs; null: each file's is detected (notationFor). */
  notation?: NotationProfile | null;

  get(file: string | undefined): JsonSource | undefined {
    if (file === undefined) return undefined;
    let source = this.read.get(file);
    if (!source) this.read.set(file, (source = jsonSource(file, this.maxBytes)));
    return source;
  }
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
export function codeTable(options: Pick<FilterOptions, 'aliases'>, config: ConfigFiles): CodeTable {
  return loadCodeTable(config.get(options.aliases) ?? config.project?.aliases);
}

/** The code table and the vocabulary (`--vocabulary`, else the configuration file's `vocabulary`). */
export function parseSettings(options: Pick<FilterOptions, 'aliases' | 'vocabulary' | 'encoding'>, config: ConfigFiles): ParseSettings {
  const encoding = checkEncoding(options.encoding);
  return { codes: codeTable(options, config), vocabulary: loadVocabulary(config.get(options.vocabulary) ?? config.project?.vocabulary), encoding, notation: config.notation ?? null };
}

/** The codes, vocabulary and filters the options ask for. */
export function recordSettings(options: FilterOptions, config: ConfigFiles): RecordSettings {
  const { codes, vocabulary, encoding, notation } = parseSettings(options, config);
  const paragraphs = commaList(options.paragraph, '--paragraph');
  const filter = {
    countries: resolveCountries(codes, options.country),
    paragraphs: paragraphs && new Set(paragraphs),
    stances: resolveStances(options.stance),
  };
  return { codes, vocabulary, encoding, notation, filter, rules: ruleChoices({}, config.project) };
}

/**
 * The canonical code of `raw`: a code or alias (`UK`), or an English or UN name (`france`,
 * `United Kingdom`), case, accents and spacing ignored; else a usage error with suggestions.
 */
let unNameList: { name: string; code: string }[] | undefined;
/** The UN's names (`Iran (Islamic Republic of)`, `Türkiye`), looked up before ISO's English ones. */
const unNameEntries = () => (unNameList ??= [...unNames()].map(([code, name]) => ({ code, name })));

export function resolveCode(codes: CodeTable, raw: string, what: string): CodeInfo {
  if (raw.trim() === '') throw new UsageError(`${what}: the delegation is empty`);
  const probe = raw.trim().toUpperCase();
  const info = codes.lookup(probe);
  if (info) return info;
  const byName = codeOfName(raw, unNameEntries());
  const named = byName === undefined ? null : codes.lookup(byName);
  if (named) return named;
  const hint = [...codes.suggest(probe).slice(0, 3), ...nearNames(raw)].slice(0, 3);
  throw new UsageError(`${what}: '${readable(raw)}' is not a delegation code or name${hint.length ? `; did you mean ${hint.join(' or ')}?` : ''}`);
}

function resolveCountries(codes: CodeTable, value: string | undefined): Set<string> | undefined {
  const items = commaList(value, '--country');
  return items && new Set(items.map((item) => resolveCode(codes, item, '--country').canonical));
}

function resolveStances(value: string | undefined): Set<Stance> | undefined {
  const items = commaList(value, '--stance');
  if (!items) return undefined;
  for (const item of items) {
    if (!(STANCES as readonly string[]).includes(item)) throw new UsageError(`--stance: '${readable(item)}' is not one of ${STANCES.join(', ')}`);
  }
  return new Set(items as Stance[]);
}

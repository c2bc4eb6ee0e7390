/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning first): one run, the rule table
 * as the tool's rules with their help, locations relative to the repository root (`%SRCROOT%`),
 * fingerprints that survive unrelated edits, and the results capped at GitHub's limits.
 */
import type { ReportingDescriptor } from 'sarif';
import { type RuleName } from '../../check/rules.js';
import type { FindingsReport, SarifContext } from './findings-report.js';
/** GitHub code scanning's limits for one upload (docs: "SARIF support for code scanning"). */
export declare const GITHUB_LIMITS: {
    /** Results per run; GitHub rejects a run with more. */
    results: number;
    /** Rules per run. */
    rules: number;
    /** The upload, gzip-compressed, in bytes. */
    bytes: number;
};
/** The `uriBaseId` of every location inside the repository. */
export declare const SRCROOT = "%SRCROOT%";
/** The key of our fingerprint in `partialFingerprints` (versioned: a new way of computing gets a new key). */
export declare const FINGERPRINT_KEY = "kyotoParseFinding/v1";
export interface SarifOptions extends SarifContext {
    version: string;
}
/** A relative URI reference (RFC 3986): path segments percent-encoded, `\` read as `/`. */
export declare const fileUri: (path: string) => string;
/**
 * 128 bits of FNV-1a (four 32-bit lanes, each with its own offset basis) as 32 hex digits: a
 * fingerprint needs to be stable and spread, not secret, and this needs no platform's crypto.
 */
export declare function fingerprintHash(text: string): string;
/** The rule as SARIF describes it: short and full descriptions, help in text and Markdown, its README section. */
export declare function ruleDescriptor(id: RuleName, helpBase?: string): ReportingDescriptor;
export declare function sarifReport(options: SarifOptions): FindingsReport;

import { STREAMED_ARRAY, StreamedJson } from '../../util/streamed-json.js';
import { RULES } from '../../check/rules.js';
/** A relative URI reference (RFC 3986): path segments percent-encoded, `\` read as `/`. */
const fileUri = (path) => path.split(/[\\/]/).map(encodeURIComponent).join('/');
export function sarifReport(options) {
    const ruleNames = Object.keys(RULES);
    const rules = ruleNames.map((id) => ({
        id,
        shortDescription: { text: RULES[id].description },
        defaultConfiguration: { level: RULES[id].severity },
    }));
    const resultOf = (f) => ({
        ruleId: f.rule,
        ruleIndex: ruleNames.indexOf(f.rule),
        level: f.severity,
        message: { text: f.message },
        locations: [{
                physicalLocation: {
                    artifactLocation: { uri: f.file === '-' ? 'stdin' : fileUri(f.file) },
                    region: { startLine: f.line, startColumn: f.column },
                },
            }],
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'kyoto-parse', version: options.version, rules } }, results: STREAMED_ARRAY, columnKind: 'unicodeCodePoints' }],
    };
    const document = new StreamedJson(log);
    return {
        start: () => '',
        add: ({ findings }) => document.items(findings.map(resultOf)),
        end: () => document.end(),
    };
}

import { STREAMED_ARRAY, StreamedJson } from '../../util/streamed-json.js';
/** An array of findings with the fields file, line, column, severity, rule, message. */
export function jsonReport() {
    const array = new StreamedJson(STREAMED_ARRAY);
    return {
        start: () => '',
        add: ({ findings }) => array.items(findings.map(({ file, line, column, severity, rule, message }) => ({ file, line, column, severity, rule, message }))),
        end: () => array.end(),
    };
}

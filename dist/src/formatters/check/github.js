// As @actions/core escapes them: data may not hold %, CR, LF; properties neither `:` nor `,`.
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
export function githubReport() {
    return {
        start: () => '',
        add: ({ findings }) => findings
            .map((f) => `::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(f.message)}\n`)
            .join(''),
        end: () => '',
    };
}

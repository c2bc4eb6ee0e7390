/**
 * File by file: the invalid-encoding warnings, or with `--diagnostics` every diagnostic, one line
 * each, said as soon as a file's are known (so memory does not grow with an archive's
 * diagnostics); at the end, without `--diagnostics`, their number.
 */
export class DiagnosticsSummary {
    listAll;
    stderr;
    count = 0;
    constructor(listAll, stderr) {
        this.listAll = listAll;
        this.stderr = stderr;
    }
    add(diagnostics) {
        this.count += diagnostics.length;
        let lines = '';
        for (const d of diagnostics) {
            // Problems with the input itself are always said, one line each.
            if (this.listAll)
                lines += `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}\n`;
            else if (d.rule === 'invalid-encoding')
                lines += `kyoto-parse: ${d.file}:${d.line}: warning: ${d.message}\n`;
        }
        if (lines)
            this.stderr.write(lines);
    }
    end() {
        if (this.count > 0 && !this.listAll) {
            this.stderr.write(`kyoto-parse: ${this.count} diagnostic(s) about annotations that could not be read cleanly; --diagnostics lists them\n`);
        }
    }
}

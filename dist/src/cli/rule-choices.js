import { isRuleName, RULE_NAMES, RULES } from '../check/rules.js';
import { suggestRule } from './project-config.js';
import { UsageError } from './usage-error.js';
import { commaList } from './comma-list.js';
import { readable } from '../util/quoted.js';
/** The rule names of `--select`/`--ignore` (comma-separated), each checked. */
function ruleList(value, option) {
    const names = commaList(value, option);
    if (names === undefined)
        return undefined;
    for (const name of names) {
        if (!isRuleName(name))
            throw new UsageError(`${option}: '${readable(name)}' is not a rule${suggestRule(name)}`);
    }
    return names;
}
/**
 * The choices: the file's severities; then only the selected rules (`--select` overrides the
 * file's `select`, and turns on a rule the file has off); then none of the ignored ones
 * (`--ignore` overrides the file's `ignore`). A selected `strictOnly` rule is on.
 */
export function ruleChoices(options, project) {
    const cliSelect = ruleList(options.select, '--select');
    const cliIgnore = ruleList(options.ignore, '--ignore');
    const choices = { ...project?.rules };
    const select = cliSelect ?? project?.select;
    if (select) {
        for (const rule of RULE_NAMES) {
            if (!select.includes(rule))
                choices[rule] = 'off';
            else if (choices[rule] === undefined || (cliSelect && choices[rule] === 'off'))
                choices[rule] = RULES[rule].severity;
        }
    }
    for (const rule of cliIgnore ?? project?.ignore ?? [])
        choices[rule] = 'off';
    return choices;
}

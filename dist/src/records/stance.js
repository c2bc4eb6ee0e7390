import { tokens as T } from '../../grammar/index.js';
import { readAs } from '../decode/fold.js';
import { cleanLabel } from '../util/text.js';
import { firstToken, lastToken } from './nodes.js';
import { attributionsOf } from './segments.js';
/** Where the label's words start and end, as read (`dele\u00ADte` is `delete`), cleaned. */
const labelText = (nodes, paragraphTokens) => cleanLabel(readAs(paragraphTokens.slice(firstToken(nodes[0]), lastToken(nodes[nodes.length - 1]))));
/** `start`: where the attribution's annotation starts; `group`: the group it is in, read whole as `children`. */
export function labelAndStance(attribution, start, group, children, context) {
    if (attribution.label && attribution.label.length > 0) {
        const label = labelText(attribution.label, context.paragraphTokens);
        return { label, stance: context.vocabulary.stanceOf(label) };
    }
    const word = group && children.length === 1 ? stanceWordBefore(group, context) : null;
    if (word)
        return { label: word, stance: context.vocabulary.stanceOf(word) };
    return { label: '', stance: context.paragraphTokens.attachedTextStruck(start) ? 'delete' : 'support' };
}
/** `Oppose [RUS,SGP,…]`: a lone stance word that is all the line holds before a bare group. */
function stanceWordBefore(group, context) {
    const { tokens } = context.paragraphTokens;
    const at = context.paragraphTokens.indexOf(group.open);
    const before = tokens[at - 1];
    if (!before || before.tokenType !== T.Text || before.startLine !== group.open.startLine)
        return null;
    if (context.paragraphTokens.lineBefore(at - 1) === before.startLine)
        return null;
    const word = before.image.trim();
    return context.stanceWords.has(word.toLowerCase()) ? word : null;
}
/**
 * `(delete the entire para and replace with the AG proposal; EGY, RUS, …)`: in a parenthesis,
 * bare codes right after a code-less instruction (a label the vocabulary knows) hold it,
 * as if the `;` were the `:` it was meant to be.
 */
export function instructionBefore(found, previous, rules, context) {
    if (found.length !== 1 || found[0].label || previous.length === 0)
        return found;
    if (attributionsOf(previous, 'paren', rules).length > 0 || previous.some((n) => n.kind === 'group'))
        return found;
    return context.vocabulary.isKnownLabel(labelText(previous, context.paragraphTokens)) ? [{ ...found[0], label: previous }] : found;
}

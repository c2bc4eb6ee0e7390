/**
 * Colour: whether there is any (NO_COLOR, then FORCE_COLOR, then whether the output is a
 * terminal other than TERM=dumb), and the colour of each stance, the same in every terminal format.
 */
import { Chalk, supportsColor } from 'chalk';
function colourLevel(env, isTTY) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return 0;
    const force = env.FORCE_COLOR;
    if (force !== undefined) {
        if (force === '' || force === 'true')
            return 1;
        if (force === 'false')
            return 0;
        const level = Number.parseInt(force, 10);
        return (Number.isNaN(level) ? 1 : Math.min(3, Math.max(0, level)));
    }
    if (!isTTY)
        return 0;
    // A terminal that says it can show no colour (Emacs's shell, some CI logs) gets none.
    if (env.TERM === 'dumb')
        return 0;
    return supportsColor ? Math.max(1, supportsColor.level) : 1;
}
export function chalkFor(env, isTTY) {
    return new Chalk({ level: colourLevel(env, isTTY) });
}
/** No colour at all: what a terminal format gets when none is given. */
export const PLAIN = new Chalk({ level: 0 });
export function stanceStyle(chalk, stance) {
    switch (stance) {
        case 'support': return chalk.green;
        case 'oppose': return chalk.red;
        case 'delete': return chalk.yellow;
        case 'other': return chalk.magenta;
    }
}

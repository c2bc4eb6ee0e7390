/**
 * Colour: whether there is any (NO_COLOR, then FORCE_COLOR, then whether the output is a
 * terminal other than TERM=dumb), and the colour of each stance, the same in every terminal format.
 */
import { type ChalkInstance } from 'chalk';
import type { Stance } from '../../types.js';
export declare function chalkFor(env: NodeJS.ProcessEnv, isTTY: boolean): ChalkInstance;
/** No colour at all: what a terminal format gets when none is given. */
export declare const PLAIN: ChalkInstance;
export declare function stanceStyle(chalk: ChalkInstance, stance: Stance): ChalkInstance;

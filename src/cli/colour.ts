/** Colour follows NO_COLOR, then FORCE_COLOR, then whether the stream is a terminal. */
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

type Level = 0 | 1 | 2 | 3;

function colourLevel(env: NodeJS.ProcessEnv, isTTY: boolean): Level {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return (Number.isNaN(level) ? 1 : Math.min(3, Math.max(0, level))) as Level;
  }
  if (!isTTY) return 0;
  return supportsColor ? (Math.max(1, supportsColor.level) as Level) : 1;
}

export function chalkFor(env: NodeJS.ProcessEnv, isTTY: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(env, isTTY) });
}

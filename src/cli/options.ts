/** Option parsers and settings shared by every command. */
import { Command, InvalidArgumentError } from 'commander';

/** `--width`, `--max-per-rule`…: a whole number at least `min`, else a usage error (exit 2). */
export function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}.`);
    return Number(value);
  };
}

/** Commander's messages on one line: its "(Did you mean …?)" hint joins the error line. */
export function oneLineErrors(command: Command): Command {
  return command.configureOutput({ outputError: (text, write) => write(`${text.trimEnd().replace(/\s*\n\s*/g, ' ')}\n`) });
}

import type { CliIo } from './io';

export interface Command {
  name: string;
  /** One line for `composure --help`. */
  summary: string;
  /** Full usage text for `composure NAME --help`. */
  usage: string;
  /** Returns the exit code: 0 ok, 1 checks failed, 2 bad usage or input. */
  run: (args: string[], io: CliIo) => number | Promise<number>;
}

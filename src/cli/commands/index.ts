import type { Command } from '../command';

/** Every CLI subcommand, in the order `--help` lists them. One file per command beside this one. */
export const commands: Command[] = [];

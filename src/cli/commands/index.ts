import type { Command } from '../command';
import { analyzeCommand } from './analyze';
import { evalCommand } from './eval';
import { importCommand } from './import';
import { lintCommand } from './lint';
import { statsCommand } from './stats';
import { suggestCommand } from './suggest';
import { validateCommand } from './validate';

/** Every CLI subcommand, in the order `--help` lists them. One file per command beside this one. */
export const commands: Command[] = [suggestCommand, analyzeCommand, lintCommand, validateCommand, statsCommand, importCommand, evalCommand];

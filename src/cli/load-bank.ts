// Reads bank files from disk into the engine's `{fileName, data}` form. Unreadable files and JSON syntax errors
// become Problems, so one broken file never hides the others.
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBankJson, validateBank, type BankFile, type Problem } from '../engine/bank';
import type { Bank } from '../engine/types';
import { UsageError } from './io';

/** Our own bank, found from this module's location so the CLI works from any directory. */
export const DEFAULT_BANK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../phrasebank');

/** Folders under a bank directory that hold other data: analyser lexicons and JSON schemas. */
const SKIPPED_DIRS = new Set(['signals', 'schema']);

export interface LoadedBank {
  /** Every bank file found, as shown to the user (relative to the working directory), in reading order. */
  fileNames: string[];
  /** The files that parsed. */
  files: BankFile[];
  /** Files that could not be read or parsed, and directories with no bank file. */
  problems: Problem[];
}

/** `*.json` files under a directory, sorted, skipping lexicon and schema folders and hidden ones. */
function jsonFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) found.push(...jsonFilesUnder(path));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.json')) found.push(path);
  }
  return found;
}

function statOrUsageError(path: string, shown: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw new UsageError(`no such file or directory: ${shown}`);
  }
}

/**
 * Reads the named files and directories (default: our phrasebank/). A path that does not exist is a usage error;
 * a file given by name is read whatever its extension.
 */
export function loadBankFiles(paths: readonly string[] = [], cwd: string = process.cwd()): LoadedBank {
  const show = (absolute: string): string => relative(cwd, absolute) || basename(absolute);
  const loaded: LoadedBank = { fileNames: [], files: [], problems: [] };
  const absolutePaths: string[] = [];
  for (const path of paths.length > 0 ? paths : [DEFAULT_BANK_DIR]) {
    const absolute = resolve(cwd, path);
    if (!statOrUsageError(absolute, path).isDirectory()) {
      absolutePaths.push(absolute);
      continue;
    }
    const inside = jsonFilesUnder(absolute);
    if (inside.length === 0) {
      loaded.problems.push({ file: show(absolute), field: '(directory)', severity: 'error', message: 'no bank files (*.json) found here' });
    }
    absolutePaths.push(...inside);
  }
  for (const absolute of new Set(absolutePaths)) {
    const fileName = show(absolute);
    loaded.fileNames.push(fileName);
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      loaded.problems.push({ file: fileName, field: '(file)', severity: 'error', message: `cannot be read: ${reason}` });
      continue;
    }
    const parsed = parseBankJson(fileName, text);
    if (parsed.file) loaded.files.push(parsed.file);
    loaded.problems.push(...parsed.problems);
  }
  return loaded;
}

export interface CheckedBank extends LoadedBank {
  bank: Bank;
}

/** Reads and validates a bank: every problem, from JSON syntax to cross-file checks, grouped by file. */
export function loadBank(paths: readonly string[] = [], cwd: string = process.cwd()): CheckedBank {
  const loaded = loadBankFiles(paths, cwd);
  const { bank, problems } = validateBank(loaded.files);
  const order = new Map(loaded.fileNames.map((name, i) => [name, i]));
  const all = [...loaded.problems, ...problems].sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  return { ...loaded, bank, problems: all };
}

/** Splits a bank command's arguments into the flags it knows and the files or directories to read. */
export function splitBankArgs(args: readonly string[], knownFlags: readonly string[]): { flags: Set<string>; paths: string[] } {
  const flags = new Set<string>();
  const paths: string[] = [];
  for (const arg of args) {
    if (!arg.startsWith('-')) paths.push(arg);
    else if (knownFlags.includes(arg)) flags.add(arg);
    else throw new UsageError(`unknown option "${arg}"${knownFlags.length > 0 ? `; known: ${knownFlags.join(', ')}` : ''}`);
  }
  return { flags, paths };
}

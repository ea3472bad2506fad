import { readFileSync } from 'node:fs';

/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads a file, or standard input when the name is `-`. */
  readInput: (file: string) => string;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readInput: (file) => readFileSync(file === '-' ? 0 : file, 'utf8'),
};

/** A problem the user can fix: printed as one clear line, exit code 2 (1 is kept for "checks failed"). */
export class UsageError extends Error {}

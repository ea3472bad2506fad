// Reads an export's JSON text. A syntax error is reported with its line and column and what was probably
// wrong (the bank's own scanner); an empty file says so.
import { scanJson } from '../bank/json-syntax';
import { describeValue } from '../bank/fields';
import type { FileProblem } from './types';

export function readJson(text: string): { data: unknown } | { problem: FileProblem } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { problem: { message: 'the file is empty' } };
  try {
    return { data: JSON.parse(body) };
  } catch (parseError) {
    const { error } = scanJson(body);
    if (error) return { problem: { message: `not valid JSON: ${error.message}`, line: error.line, column: error.column } };
    return { problem: { message: `not valid JSON: ${parseError instanceof Error ? parseError.message : String(parseError)}` } };
  }
}

/** "an object with the keys "tickets", "count"": what a file of the wrong kind actually holds. */
export function describeShape(data: unknown): string {
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const keys = Object.keys(data);
    if (keys.length === 0) return 'an empty object';
    const shown = keys.slice(0, 5).map((k) => `"${k}"`).join(', ');
    return `an object with the key${keys.length === 1 ? '' : 's'} ${shown}${keys.length > 5 ? ', …' : ''}`;
  }
  return describeValue(data);
}

// Readers for the fields of a hand-edited JSON entry. Each reports what is wrong with the value, says what was
// expected, and returns the value only when it is usable (undefined otherwise, with an error reported).
import { editDistanceWithin } from '../text/edit-distance';
import type { ProblemSink } from './problem';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a number (3)", "an array", "null"…: what the person actually wrote. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : `the string ${JSON.stringify(clip(value))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return 'an object';
}

export function clip(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `"a", "b" or "c"` */
export function quoteList(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/** The known value the person probably meant: same letters in another case, or one or two keystrokes away. */
export function closest(value: string, known: readonly string[]): string | undefined {
  const lower = value.trim().toLowerCase();
  const exact = known.find((k) => k === lower);
  if (exact) return exact;
  // One keystroke for short words, two for longer ones: "calm" is not a typo of "warm".
  const max = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of known) {
    const distance = editDistanceWithin(lower, candidate, max);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function didYouMean(value: string, known: readonly string[]): string {
  const guess = closest(value, known);
  return guess ? ` (did you mean "${guess}"?)` : '';
}

/** Unknown keys are errors: a misspelt optional field would otherwise be silently ignored. */
export function checkKeys(object: JsonObject, known: readonly string[], sink: ProblemSink, prefix = '', noun = 'field'): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    sink.error(`${prefix}${key}`, `unknown ${noun}${didYouMean(key, known)}; expected only ${quoteList(known, 'and')}`);
  }
}

/** A required, non-blank string. */
export function readText(object: JsonObject, key: string, sink: ProblemSink, what: string, field = key): string | undefined {
  const value = object[key];
  if (value === undefined) {
    sink.error(field, `missing: expected ${what}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    sink.error(field, `expected ${what}, found ${describeValue(value)}`);
    return undefined;
  }
  if (value.trim() === '') {
    sink.error(field, `empty: expected ${what}`);
    return undefined;
  }
  return value;
}

/** A required value from a fixed vocabulary (category, tone, severity…). */
export function readChoice<T extends string>(
  object: JsonObject,
  key: string,
  vocabulary: readonly T[],
  sink: ProblemSink,
  field = key,
): T | undefined {
  const value = object[key];
  const expected = `one of ${quoteList(vocabulary)}`;
  if (value === undefined) {
    sink.error(field, `missing: expected ${expected}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    sink.error(field, `expected ${expected}, found ${describeValue(value)}`);
    return undefined;
  }
  if (!(vocabulary as readonly string[]).includes(value)) {
    sink.error(field, `unknown ${key.replace(/s$/, '')} "${value}"${didYouMean(value, vocabulary)}; expected ${expected}`);
    return undefined;
  }
  return value as T;
}

interface ListOptions {
  /** What the list holds, for messages: "situations", "trigger words or phrases". */
  what: string;
  /** Absent = this default (an optional list); no default = the list is required. */
  whenMissing?: string[];
  /** Why an empty list is wrong; absent = an empty list is fine. */
  emptyMeans?: string;
}

/** A list of non-blank strings. Repeated items are warned about (the second one does nothing). */
export function readTextList(object: JsonObject, key: string, sink: ProblemSink, options: ListOptions, field = key): string[] | undefined {
  const value = object[key];
  if (value === undefined) {
    if (options.whenMissing) return options.whenMissing;
    sink.error(field, `missing: expected a list of ${options.what}`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    sink.error(field, `expected a list of ${options.what} in [ ], found ${describeValue(value)}`);
    return undefined;
  }
  if (value.length === 0 && options.emptyMeans) {
    sink.error(field, `empty list: ${options.emptyMeans}`);
    return undefined;
  }
  const errorsBefore = sink.errorCount;
  const seen = new Set<string>();
  value.forEach((item, i) => {
    if (typeof item !== 'string') sink.error(`${field}[${i}]`, `expected a string, found ${describeValue(item)}`);
    else if (item.trim() === '') sink.error(`${field}[${i}]`, 'empty string: remove it or write the text');
    else if (seen.has(item.trim().toLowerCase())) sink.warn(`${field}[${i}]`, `"${clip(item)}" is listed twice`);
    else seen.add(item.trim().toLowerCase());
  });
  return sink.errorCount === errorsBefore ? (value as string[]) : undefined;
}

/** An optional list of vocabulary values (situations, moods); absent or empty means "any". */
export function readChoiceList<T extends string>(
  object: JsonObject,
  key: string,
  vocabulary: readonly T[],
  sink: ProblemSink,
  field = key,
): T[] | undefined {
  const noun = key.replace(/s$/, '');
  const list = readTextList(object, key, sink, { what: `${key} (${quoteList(vocabulary)})`, whenMissing: [] }, field);
  if (!list) return undefined;
  const errorsBefore = sink.errorCount;
  list.forEach((item, i) => {
    if (!(vocabulary as readonly string[]).includes(item)) {
      sink.error(`${field}[${i}]`, `unknown ${noun} "${item}"${didYouMean(item, vocabulary)}; expected one of ${quoteList(vocabulary)}`);
    }
  });
  return sink.errorCount === errorsBefore ? (list as T[]) : undefined;
}

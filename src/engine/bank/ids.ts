// Id formats. Ids are how rules point at phrases and how the sidebar remembers things, so they must be stable
// and unambiguous: lowercase letters, digits and dashes; a phrase id also names its category.
import { CATEGORIES, type Category } from '../types';
import { describeValue } from './fields';
import type { ProblemSink } from './problem';

const SLUG = '[a-z0-9][a-z0-9-]*';
const PHRASE_ID = new RegExp(`^(${SLUG})\\.(${SLUG})$`);
const PLAIN_ID = new RegExp(`^${SLUG}$`);

/** An alternative written like a phrase id (`<known-category>.<slug>`) names a phrase; anything else is literal text. */
export function looksLikePhraseId(text: string): boolean {
  const match = PHRASE_ID.exec(text.trim());
  return match !== null && (CATEGORIES as readonly string[]).includes(match[1]!);
}

/** The id as the person probably meant it: lowercased, spaces and underscores as dashes. */
function tidy(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9.-]/g, '');
}

/**
 * How to name an entry in messages: its id when it has a readable one (even a malformed id is what the person
 * will search the file for), otherwise its position, like `phrases[3]`.
 */
export function entryLabel(entry: unknown, list: string, index: number): string {
  const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() !== '' && !/[\n\r]/.test(id) ? id.trim() : `${list}[${index}]`;
}

/** A phrase id: `<category>.<slug>`, the part before the dot being the phrase's own category. */
export function readPhraseId(value: unknown, category: Category | undefined, sink: ProblemSink): string | undefined {
  const example = `"${category ?? 'empathy'}.short-name"`;
  if (value === undefined) {
    sink.error('id', `missing: expected a unique id like ${example}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    sink.error('id', `expected a string like ${example}, found ${describeValue(value)}`);
    return undefined;
  }
  const match = PHRASE_ID.exec(value);
  if (!match) {
    const suggestion = tidy(value);
    const hint = PHRASE_ID.test(suggestion) ? ` — for example "${suggestion}"` : ` like ${example}`;
    sink.error('id', `"${value}" is not a phrase id: expected "<category>.<name>" in lowercase letters, digits and dashes${hint}`);
    return undefined;
  }
  if (category && match[1] !== category) {
    sink.error('id', `starts with "${match[1]}." but the category is "${category}": the part before the dot must be the category ("${category}.${match[2]}")`);
    return undefined;
  }
  return value;
}

/** A rule or playbook id: lowercase letters, digits and dashes. */
export function readPlainId(value: unknown, sink: ProblemSink): string | undefined {
  const example = '"no-blame-shifting"';
  if (value === undefined) {
    sink.error('id', `missing: expected a unique id like ${example}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    sink.error('id', `expected a string like ${example}, found ${describeValue(value)}`);
    return undefined;
  }
  if (!PLAIN_ID.test(value)) {
    const suggestion = tidy(value).replace(/\./g, '-');
    const hint = PLAIN_ID.test(suggestion) ? ` — for example "${suggestion}"` : ` like ${example}`;
    sink.error('id', `"${value}" is not a valid id: expected lowercase letters, digits and dashes${hint}`);
    return undefined;
  }
  return value;
}

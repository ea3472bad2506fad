// Checks text that gets inserted into the agent's reply (phrase texts and literal rule alternatives): every
// placeholder must be one we can fill, spelt exactly, and no brace may be left dangling — a broken placeholder
// would be pasted into the customer's reply as it stands.
import { isKnownPlaceholder, listPlaceholders } from '../fill';
import { KNOWN_PLACEHOLDERS } from '../types';
import { clip, closest } from './fields';
import type { ProblemSink } from './problem';

const KNOWN_LIST = KNOWN_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');

/** `Order Number` → `order_number`: the slot name the person probably meant. */
function slotSuggestion(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function explainUnknown(name: string): string {
  if (name === '') return 'empty placeholder {{}}: write a name inside, like {{ticket.id}}';
  const slot = /^fill\s*:\s*(.*)$/i.exec(name);
  if (slot) {
    const fixed = slotSuggestion(slot[1]!);
    const hint = fixed ? `: write {{fill:${fixed}}}` : ', like {{fill:order_number}}';
    return `bad slot name in {{${name}}}: slot names are lowercase letters and underscores${hint}`;
  }
  if (isKnownPlaceholder(name.toLowerCase())) return `{{${name}}}: placeholders are case-sensitive, write {{${name.toLowerCase()}}}`;
  const guess = closest(name, KNOWN_PLACEHOLDERS);
  const didYouMean = guess ? ` (did you mean {{${guess}}}?)` : '';
  return `unknown placeholder {{${name}}}${didYouMean}; known: ${KNOWN_LIST}, or {{fill:name}} for a slot the agent fills`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with every well-formed placeholder blanked out: any brace left over is a broken one. */
function withoutPlaceholders(text: string, names: readonly string[]): string {
  return names.reduce((rest, name) => rest.replace(new RegExp(`\\{\\{[ \\t]*${escapeRegExp(name)}[ \\t]*\\}\\}`, 'g'), ' '), text);
}

function checkBraces(text: string, names: readonly string[], field: string, sink: ProblemSink): void {
  const rest = withoutPlaceholders(text, names);
  const stray = /\{\{|\}\}|[{}]/.exec(rest);
  if (!stray) return;
  const around = clip(rest.slice(Math.max(0, stray.index - 15), stray.index + 25).trim(), 40);
  const message = `unbalanced braces near "${around}": a placeholder is written with two braces on each side, like {{ticket.id}}`;
  // A lone "{" might be meant literally; a doubled one is a placeholder gone wrong.
  if (stray[0].length === 2 || /\{\s*[\w.:]+\s*\}/.test(rest)) sink.error(field, message);
  else sink.warn(field, message);
}

export function checkInsertText(text: string, field: string, sink: ProblemSink): void {
  const names = listPlaceholders(text);
  for (const name of names) {
    if (!isKnownPlaceholder(name)) sink.error(field, explainUnknown(name));
  }
  checkBraces(text, names, field, sink);
  if (text !== text.trim()) {
    sink.warn(field, 'starts or ends with spaces or line breaks, which would be inserted into the reply too');
  }
}

// Zendesk macros, as `GET /api/v2/macros.json` returns them — `{"macros": [{id, title, active, actions: [{field,
// value}]}]}` — or several such pages saved together as a list. The reply text is the `comment_value_html`
// action (preferred: it keeps paragraphs and lists) or `comment_value`. Inactive macros are imported and flagged
// on their row, not dropped: a team deactivates macros while rewriting them too, and the preview lets the person
// importing decide.
import { describeValue, isObject, type JsonObject } from '../bank/fields';
import { buildResult } from './build';
import { describeShape, readJson } from './read-json';
import { failed, type Candidate, type ImportResult, type Rejected } from './types';

const COMMENT_FIELDS = ['comment_value_html', 'comment_value'] as const;
const TAG_FIELDS = new Set(['set_tags', 'current_tags']);

interface Located {
  macro: unknown;
  /** Where it sits in the file, for entries with no id: `macros[3]`, `[1].macros[3]`. */
  position: string;
}

function macrosOf(data: unknown): Located[] | string {
  const list = (macros: unknown[], prefix: string) => macros.map((macro, i) => ({ macro, position: `${prefix}macros[${i}]` }));
  if (isObject(data) && Array.isArray(data.macros)) return list(data.macros, '');
  if (isObject(data) && isObject(data.macro)) return [{ macro: data.macro, position: 'macro' }];
  if (Array.isArray(data) && data.length > 0 && data.every((page) => isObject(page) && Array.isArray(page.macros))) {
    return data.flatMap((page, p) => list((page as JsonObject).macros as unknown[], `[${p}].`));
  }
  if (Array.isArray(data) && data.some((m) => isObject(m) && ('actions' in m || 'title' in m))) return list(data, '');
  const hint = isObject(data) && 'canned_responses' in data ? ' — it looks like Freshdesk canned responses, import it as those' : '';
  return `expected Zendesk macros: {"macros": [ … ]} as /api/v2/macros.json returns them, or a list of such pages; found ${describeShape(data)}${hint}`;
}

/** A comment action's value: text, or a list like ["channel:all", "text"] in which the channel is not text. */
function actionText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  const parts = (value as string[]).filter((v, i) => !(i === 0 && /^channel:/.test(v)));
  return parts.join('\n');
}

function tagsOf(actions: JsonObject[]): string[] {
  return actions
    .filter((a) => typeof a.field === 'string' && TAG_FIELDS.has(a.field))
    .flatMap((a) => (typeof a.value === 'string' ? a.value.split(/\s+/) : Array.isArray(a.value) ? a.value.filter((v) => typeof v === 'string') : []))
    .filter(Boolean);
}

function readMacro({ macro, position }: Located): Candidate | Rejected {
  if (!isObject(macro)) return { row: position, title: '', reason: `expected a macro object, found ${describeValue(macro)}` };
  const row = typeof macro.id === 'number' || (typeof macro.id === 'string' && macro.id.trim() !== '') ? macro.id : position;
  const title = typeof macro.title === 'string' ? macro.title : '';
  if (!Array.isArray(macro.actions)) return { row, title, reason: `has no "actions" list (found ${describeValue(macro.actions)})` };
  const actions = macro.actions.filter(isObject);
  const field = COMMENT_FIELDS.find((f) => actions.some((a) => a.field === f));
  if (!field) {
    const fields = [...new Set(actions.map((a) => a.field).filter((f): f is string => typeof f === 'string'))];
    const sets = fields.length > 0 ? ` (it only sets ${fields.map((f) => `"${f}"`).join(', ')})` : '';
    return { row, title, reason: `no reply text: the macro has no comment_value_html or comment_value action${sets}` };
  }
  const value = actions.find((a) => a.field === field)!.value;
  const text = actionText(value);
  if (text === undefined) return { row, title, reason: `the ${field} action's value is ${describeValue(value)}: expected the reply text` };
  return {
    row,
    title,
    body: field === 'comment_value_html' ? { html: text } : { text },
    hints: [],
    tags: tagsOf(actions),
    notes: macro.active === false ? ['inactive in Zendesk'] : [],
  };
}

export function importZendesk(text: string): ImportResult {
  const read = readJson(text);
  if ('problem' in read) return failed(read.problem);
  const macros = macrosOf(read.data);
  if (typeof macros === 'string') return failed({ message: macros });
  if (macros.length === 0) return failed({ message: 'the file holds no macros (the "macros" list is empty)' });
  return buildResult(macros.map(readMacro));
}

// The fetched text of a team bank as data: JSON (our bank format) or YAML (the same shape), with the position
// of a syntax error so whoever maintains the file can find it.
import { parseDocument } from 'yaml';
import { formatProblem, parseBankJson } from '../engine/bank';

export type ParsedText = { ok: true; data: unknown } | { ok: false; error: string; problems: string[] };

/** The path part of an address; a file name (the CLI checking a file on disk) is its own path. */
function pathOf(location: string): string {
  try {
    return new URL(location).pathname;
  } catch {
    return location;
  }
}

/** YAML when the address or the server says so; JSON otherwise. */
export function isYaml(url: string, contentType: string): boolean {
  return /\byaml\b/i.test(contentType) || /\.ya?ml$/i.test(pathOf(url));
}

/** The yaml package's message without the position and code excerpt it appends (we say where ourselves). */
const yamlMessage = (message: string) => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');

function parseYaml(url: string, text: string): ParsedText {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    const problems = doc.errors.map((e) => `${url}${e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : ''}: YAML: error: ${yamlMessage(e.message)}`);
    return { ok: false, error: `${url} is not valid YAML${where}: ${yamlMessage(first.message)}`, problems };
  }
  try {
    // Aliases are capped (the default 100) so a small file cannot expand into gigabytes.
    return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${url} could not be read as YAML: ${message}`, problems: [] };
  }
}

export function parseBankText(url: string, text: string, contentType: string): ParsedText {
  if (/text\/html/i.test(contentType) && /^\s*</.test(text)) {
    return { ok: false, error: `${url} sent a web page (HTML), not a bank file: a sign-in page, or the wrong address?`, problems: [] };
  }
  if (text.trim() === '') return { ok: false, error: `${url} is empty.`, problems: [] };
  if (isYaml(url, contentType)) return parseYaml(url, text);
  const { file, problems } = parseBankJson(url, text);
  const first = problems[0];
  if (!file || first) {
    const where = first?.line === undefined ? '' : ` at line ${first.line}, column ${first.column ?? 1}`;
    return { ok: false, error: `${url} is not valid JSON${where}: ${first?.message ?? 'unreadable'}`, problems: problems.map(formatProblem) };
  }
  return { ok: true, data: file.data };
}

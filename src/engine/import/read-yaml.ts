// Reads a bank file written in YAML (a team lead's hand-kept bank, or our own export). A syntax error is
// reported with its line and column, like the JSON ones; the parser's words are kept except where they would
// send a person looking for an API ("please use parseAllDocuments").
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { FileProblem } from './types';

/** Aliases (`*name`) expand on reading; a few hundred is plenty for a bank and stops "billion laughs" files. */
const MAX_ALIASES = 200;

const PLAIN_WORDS: Readonly<Record<string, string>> = {
  MULTIPLE_DOCS: 'the file holds several YAML documents (separated by "---"); a bank file is one',
  DUPLICATE_KEY: 'the same key is written twice in one object',
  TAB_AS_INDENT: 'a tab is used to indent; YAML indents with spaces only',
};

/**
 * Where an unclosed quote was opened: a quoted text may span lines, so the parser only notices at the end of
 * the file, far from the mistake. It is the last quote before that point that starts a value (after `key: `,
 * `- `, `[` or `,`) and is not closed on its own line; an apostrophe inside a word starts nothing.
 */
function openingQuote(body: string, end: number, quote: '"' | "'"): number | undefined {
  const opens = new RegExp(`(?:^|[\\s\\[{,])${quote}`, 'g');
  const closes = quote === '"' ? /(?<!\\)"/ : /'(?!')/;
  let lineEnd = end;
  while (lineEnd > 0) {
    const lineStart = body.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = body.slice(lineStart, lineEnd);
    for (const open of [...line.matchAll(opens)].reverse()) {
      const at = open.index + open[0].length - 1;
      if (!closes.test(line.slice(at + 1).replace(/''/g, ''))) return lineStart + at;
    }
    lineEnd = lineStart - 1;
  }
  return undefined;
}

function problemOf(error: YAMLError, body: string, lines: LineCounter): FileProblem {
  const quote = error.code === 'MISSING_CHAR' ? /Missing closing (["'])quote/.exec(error.message)?.[1] : undefined;
  const opened = quote ? openingQuote(body, error.pos[0], quote as '"' | "'") : undefined;
  if (opened !== undefined) {
    const { line, col } = lines.linePos(opened);
    return { message: `not valid YAML: a quoted text starts here with ${quote} and is never closed`, line, column: col };
  }
  const { line, col } = lines.linePos(error.pos[0]);
  return { message: `not valid YAML: ${PLAIN_WORDS[error.code] ?? error.message}`, line, column: col };
}

export function readYaml(text: string): { data: unknown } | { problem: FileProblem } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { problem: { message: 'the file is empty' } };
  const lines = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) return { problem: problemOf(error, body, lines) };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (reason) {
    // Alias expansion beyond the limit, or an alias to nothing: the document parsed but cannot be read.
    return { problem: { message: `not usable YAML: ${reason instanceof Error ? reason.message : String(reason)}` } };
  }
}

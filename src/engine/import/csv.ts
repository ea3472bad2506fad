// A spreadsheet of phrases: a header line naming the columns `title,text,category,tags` (title and text
// required, in any order), then one phrase per record. Rows are named by the line they start on. `category` may
// be one of ours or a folder-like name (a hint, as for the helpdesks); `tags` are separated by spaces, commas or
// semicolons and count when they name a situation. A text cell holding HTML tags is read as HTML.
import { closest, quoteList } from '../bank/fields';
import { buildResult } from './build';
import { categoryFromHints } from './category';
import { parseCsv, type CsvRecord } from './csv-parse';
import { failed, type Candidate, type ImportResult, type Rejected } from './types';

const COLUMNS = ['title', 'text', 'category', 'tags'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['title', 'text'];
const EXPECTED = `expected a header line like "title,text,category,tags" (title and text required)`;
const LOOKS_LIKE_HTML = /<\/?(?:p|br|div|span|ul|ol|li|a|b|i|em|strong|h[1-6])\b[^>]*>/i;

/** Where each column is, or what is wrong with the header. */
function readHeader(header: CsvRecord): Map<Column, number> | string {
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const found = `the header (line ${header.line}) reads "${header.fields.join(',')}"`;
  const columns = new Map<Column, number>();
  for (const [i, name] of names.entries()) {
    if (!(COLUMNS as readonly string[]).includes(name)) {
      const guess = closest(name, COLUMNS);
      return `${found}: unknown column "${header.fields[i]!.trim()}"${guess ? ` (did you mean "${guess}"?)` : ''}; ${EXPECTED}`;
    }
    if (columns.has(name as Column)) return `${found}: the column "${name}" is named twice; ${EXPECTED}`;
    columns.set(name as Column, i);
  }
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) return `${found}: no ${quoteList(missing, 'and')} column; ${EXPECTED}`;
  return columns;
}

function readRecord(record: CsvRecord, columns: Map<Column, number>, width: number): Candidate | Rejected {
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (record.fields[index] ?? '');
  };
  const title = cell('title');
  if (record.fields.length !== width) {
    return {
      row: record.line,
      title,
      reason: `has ${record.fields.length} values but the header has ${width} columns: a value holding a comma must be in double quotes`,
    };
  }
  const text = cell('text');
  const category = cell('category').trim();
  const notes = category !== '' && !categoryFromHints([category]) ? [`"${category}" is not one of our categories: the text chose one`] : [];
  return {
    row: record.line,
    title,
    body: LOOKS_LIKE_HTML.test(text) ? { html: text } : { text },
    hints: category ? [category] : [],
    tags: cell('tags').split(/[\s,;|]+/).filter(Boolean),
    notes,
  };
}

export function importCsv(text: string): ImportResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return failed({ message: 'the file is empty' });
  const parsed = parseCsv(text);
  if ('problem' in parsed) return failed(parsed.problem);
  const [header, ...records] = parsed.records;
  const columns = readHeader(header!);
  if (typeof columns === 'string') return failed({ message: columns, line: header!.line, column: 1 });
  if (records.length === 0) return failed({ message: 'the file holds a header but no rows' });
  return buildResult(records.map((r) => readRecord(r, columns, header!.fields.length)));
}

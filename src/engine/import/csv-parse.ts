// RFC 4180 CSV: fields separated by commas, optionally in double quotes, a quote inside a quoted field written
// twice (""), and line breaks (LF or CRLF) allowed inside quotes. Also tolerated: a byte-order mark, a semicolon
// or tab delimiter (what spreadsheets write in locales where the comma is the decimal mark) when the header
// line holds no comma, blank lines, and a stray quote inside an unquoted field (kept as written).
import type { FileProblem } from './types';

export interface CsvRecord {
  /** 1-based line the record starts on (a quoted field may carry it over several lines). */
  line: number;
  fields: string[];
}

function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  return header.includes('\t') ? '\t' : ',';
}

export function parseCsv(input: string): { records: CsvRecord[] } | { problem: FileProblem } {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = delimiterOf(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endRecord = () => {
    fields.push(field);
    // A blank line is one empty field: nothing to import, not a record.
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      const open = { line, column: i - text.lastIndexOf('\n', i - 1) };
      i++;
      for (;;) {
        if (i >= text.length) {
          return { problem: { ...open, message: `the quote opened at line ${open.line}, column ${open.column} is never closed: a " inside a quoted value must be written twice ("")` } };
        }
        const c = text[i]!;
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

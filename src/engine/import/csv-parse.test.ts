// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, naming each record by its first line', () => {
    const csv = 'title,text\r\n"a, b","say ""hi""\r\nand bye"\r\nplain,x\r\n';
    expect(parseCsv(csv)).toEqual({
      records: [
        { line: 1, fields: ['title', 'text'] },
        { line: 2, fields: ['a, b', 'say "hi"\r\nand bye'] },
        { line: 4, fields: ['plain', 'x'] },
      ],
    });
  });

  it('tolerates a byte-order mark, LF endings, blank lines, empty fields and no final line break', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,\n,""\n2,"3"')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['1', ''] },
        { line: 4, fields: ['', ''] },
        { line: 5, fields: ['2', '3'] },
      ],
    });
  });

  it('uses a semicolon or tab delimiter when the header has no comma', () => {
    expect(parseCsv('title;text\nRefund;"Done; thanks, bye"\n')).toEqual({
      records: [
        { line: 1, fields: ['title', 'text'] },
        { line: 2, fields: ['Refund', 'Done; thanks, bye'] },
      ],
    });
    expect(parseCsv('title\ttext\nA\tB')).toEqual({ records: [{ line: 1, fields: ['title', 'text'] }, { line: 2, fields: ['A', 'B'] }] });
  });

  it('keeps a stray quote inside an unquoted field as written', () => {
    expect(parseCsv('a,b\n5" screen,ok')).toEqual({ records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['5" screen', 'ok'] }] });
  });

  it('reports a quote never closed with the line and column where it opened', () => {
    expect(parseCsv('title,text\nOK,fine\nBad,"never closed\nmore\n')).toEqual({
      problem: { line: 3, column: 5, message: 'the quote opened at line 3, column 5 is never closed: a " inside a quoted value must be written twice ("")' },
    });
  });
});

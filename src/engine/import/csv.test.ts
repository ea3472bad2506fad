// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from './csv';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/import', name), 'utf8');

describe('importCsv: a spreadsheet saved with a BOM and CRLF', () => {
  const result = importCsv(fixture('canned-responses.csv'));

  it('names rows by the line they start on, even after a value spanning lines', () => {
    expect(result.rows.map((r) => [r.row, r.title, r.status])).toEqual([
      [2, 'Refund, partial', 'new'],
      [3, 'Welcome back', 'new'],
      [7, 'Japanese reply', 'new'],
      [8, 'HTML note', 'new'],
      [9, 'Too many', 'invalid'],
      [10, 'No text', 'invalid'],
    ]);
    expect(result.rows.slice(4).map((r) => r.reason)).toEqual([
      'has 5 values but the header has 4 columns: a value holding a comma must be in double quotes',
      'the reply text is empty',
    ]);
  });

  it('reads quoted commas, doubled quotes and line breaks; the category column and situation tags', () => {
    expect(result.phrases[0]).toEqual({
      id: 'compromise.imported-refund-partial',
      category: 'compromise',
      label: 'Refund, partial',
      text: 'I can refund {{fill:amount}} today, and the rest once the item is back with us.',
      situations: ['refund', 'billing'],
      moods: [],
      triggers: [],
      tone: 'neutral',
      length: 'short',
    });
    expect(result.phrases[1]).toMatchObject({
      situations: ['technical'],
      text: 'Hi {{ticket.requester.first_name}},\nthanks for your patience. Here is the "quick fix" we promised:\n1. Log out\n2. Log in again',
    });
  });

  it('keeps Japanese text untouched, reads a cell of HTML as HTML, and says when a category is not ours', () => {
    expect(result.phrases[2]).toMatchObject({ category: 'apology', text: 'ご不便をおかけして申し訳ございません。' });
    expect(result.phrases[3]).toMatchObject({ category: 'info-gathering', situations: ['faulty'], text: 'Please send a photo of the damaged box.' });
    expect(importCsv('title,text,category\nA,Your order shipped.,Shipping').rows[0]!.reason).toBe('"Shipping" is not one of our categories: the text chose one');
  });
});

describe('importCsv: files it cannot use', () => {
  it.each([
    ['bad-header.csv', { line: 1, column: 1, message: 'the header (line 1) reads "name,body": unknown column "name"; expected a header line like "title,text,category,tags" (title and text required)' }],
    ['unclosed-quote.csv', { line: 3, column: 8, message: 'the quote opened at line 3, column 8 is never closed: a " inside a quoted value must be written twice ("")' }],
    ['empty.json', { message: 'the file is empty' }],
  ])('%s → one problem naming where, nothing imported', (name, problem) => {
    expect(importCsv(fixture(name))).toEqual({ phrases: [], rows: [], problem, notes: [] });
  });

  it.each([
    ['title,txt\nA,B', 'unknown column "txt" (did you mean "text"?)'],
    ['title,category\nA,B', 'no "text" column'],
    ['text,tags\nA,B', 'no "title" column'],
    ['title,text,Title\nA,B,C', 'the column "title" is named twice'],
  ])('header %j → %s', (csv, message) => {
    expect(importCsv(csv).problem?.message).toContain(message);
  });

  it('says so when there is a header and no rows', () => {
    expect(importCsv('title,text\r\n').problem).toEqual({ message: 'the file holds a header but no rows' });
  });
});

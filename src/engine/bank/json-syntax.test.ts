import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineColumn } from './json-syntax';
import { parseBankJson } from './parse-json';

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON, the same as JSON.parse', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}]}', ' \n{ "a" : { } }\n']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it.each([
    ['missing comma between properties', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /missing comma/],
    ['trailing comma in a list', '{"a": [1, 2,]}', 1, 12, /trailing comma before '\]'/],
    ['trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, /trailing comma before '\}'/],
    ['line break inside a string', '{"text": "Hello\nthere"}', 1, 16, /line break inside a string: write \\n/],
    ['single quotes', "{'a': 1}", 1, 2, /double quotes/],
    ['a comment', '{\n  // note\n  "a": 1}', 2, 3, /comments/],
    ['a bare word', '{"tone": warm}', 1, 10, /unexpected word "warm"/],
    ['an unclosed object', '{\n  "phrases": [\n    {"id": "x"}\n', 4, 1, /'\[' opened at line 2:14 is never closed with '\]'/],
    ['an empty file', '', 1, 1, /ends where a value was expected/],
    ['a missing colon', '{"a" 1}', 1, 6, /expected ':'/],
    ['an invalid escape', '{"a": "C:\\path"}', 1, 10, /invalid escape "\\p"/],
    ['text after the value', '{} {}', 1, 4, /after the end of the JSON value/],
    ['a mismatched bracket', '{"a": [1}', 1, 9, /needs '\]'/],
    ['an unclosed string', '{"a": "x', 1, 7, /never closed with a double quote/],
    ['a number with a leading zero', '{"a": 01}', 1, 7, /invalid number/],
  ])('finds %s, with its line and column', (_name, text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found!.message).toMatch(message);
  });
});

describe('lineColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseBankJson', () => {
  it('returns the data of a valid file, ignoring a byte-order mark', () => {
    expect(parseBankJson('a.json', '\uFEFF{"phrases": []}')).toEqual({ file: { fileName: 'a.json', data: { phrases: [] } }, problems: [] });
  });

  it('turns a syntax error into a problem with its position, never a throw', () => {
    expect(parseBankJson('a.json', '{\n  "rules": [1,]\n}')).toEqual({
      problems: [
        {
          file: 'a.json',
          field: 'JSON',
          severity: 'error',
          line: 2,
          column: 14,
          message: "trailing comma before ']': JSON does not allow a comma after the last item",
        },
      ],
    });
  });

  it('reports a key written twice in one object, which JSON.parse would silently drop', () => {
    const text = '{"phrases": [\n  {"id": "a.b", "text": "first",\n   "text": "second"},\n  {"text": "other"}\n]}';
    expect(parseBankJson('a.json', text)).toEqual({
      file: { fileName: 'a.json', data: JSON.parse(text) },
      problems: [
        {
          file: 'a.json',
          field: 'JSON',
          severity: 'error',
          line: 3,
          column: 4,
          message: '"text" is written twice in the same object; only this last one counts — remove one of them',
        },
      ],
    });
  });
});

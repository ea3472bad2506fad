/**
 * Locates the first syntax error in JSON text and says what a person editing it by hand most likely got wrong
 * (a missing or trailing comma, a line break inside a string, single quotes, a comment). JSON.parse gives no
 * position in some engines and a terse message in all of them, so we scan the text ourselves. The scan also
 * finds keys written twice in one object, which JSON.parse accepts silently, keeping only the last value.
 * This scanner only finds mistakes; JSON.parse still does the parsing.
 */
export interface JsonSyntaxError {
  /** Offset into the text where the error is. */
  offset: number;
  line: number;
  column: number;
  message: string;
}

export interface DuplicateKey {
  key: string;
  /** Where the second (or later) occurrence is. */
  line: number;
  column: number;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][\w]*/y;

/** 1-based line and column of an offset (columns count UTF-16 units, as editors mostly do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  if (ch === '\n' || ch === '\r') return 'a line break';
  return `'${ch}'`;
}

class Scanner {
  private pos = 0;
  /** Where each open object or array began, to name it when the file ends too early. */
  private readonly open: { char: string; offset: number }[] = [];
  readonly duplicateKeys: { key: string; offset: number }[] = [];

  constructor(private readonly text: string) {}

  scan(): void {
    this.skipSpace();
    this.value();
    this.skipSpace();
    if (this.pos < this.text.length) {
      throw new Fault(this.pos, `unexpected ${describeChar(this.text[this.pos])} after the end of the JSON value; the file should hold one object`);
    }
  }

  private skipSpace(): void {
    while (WHITESPACE.has(this.text[this.pos]!)) this.pos++;
    if (this.text.startsWith('//', this.pos) || this.text.startsWith('/*', this.pos)) {
      throw new Fault(this.pos, 'JSON does not allow comments');
    }
  }

  private endOfFile(): Fault {
    const innermost = this.open[this.open.length - 1];
    if (!innermost) return new Fault(this.pos, 'the file ends where a value was expected');
    const closer = innermost.char === '{' ? '}' : ']';
    const { line, column } = lineColumn(this.text, innermost.offset);
    return new Fault(this.pos, `the file ends too early: the '${innermost.char}' opened at line ${line}:${column} is never closed with '${closer}'`);
  }

  private value(): void {
    const ch = this.text[this.pos];
    if (ch === undefined) throw this.endOfFile();
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === "'") throw new Fault(this.pos, "strings must use double quotes (\"), not single quotes (')");
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    WORD.lastIndex = this.pos;
    const word = WORD.exec(this.text)?.[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      this.pos += word.length;
      return;
    }
    if (word) throw new Fault(this.pos, `unexpected word "${word}": text must be in double quotes; JSON's only bare words are true, false and null`);
    throw new Fault(this.pos, `unexpected ${describeChar(ch)} where a value was expected`);
  }

  private object(): void {
    this.open.push({ char: '{', offset: this.pos });
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') return this.close();
    const keys = new Set<string>();
    for (;;) {
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === undefined) throw this.endOfFile();
      if (ch !== '"') {
        throw new Fault(this.pos, ch === "'" ? 'property names must use double quotes, not single quotes' : `expected a property name in double quotes, found ${describeChar(ch)}`);
      }
      const keyStart = this.pos;
      this.string();
      const key = JSON.parse(this.text.slice(keyStart, this.pos)) as string;
      if (keys.has(key)) this.duplicateKeys.push({ key, offset: keyStart });
      keys.add(key);
      this.skipSpace();
      if (this.text[this.pos] !== ':') {
        throw this.text[this.pos] === undefined ? this.endOfFile() : new Fault(this.pos, `expected ':' after the property name, found ${describeChar(this.text[this.pos])}`);
      }
      this.pos++;
      this.skipSpace();
      this.value();
      if (this.afterMember('}')) return this.close();
    }
  }

  private array(): void {
    this.open.push({ char: '[', offset: this.pos });
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') return this.close();
    for (;;) {
      this.skipSpace();
      this.value();
      if (this.afterMember(']')) return this.close();
    }
  }

  /** After a value inside an object or array: true at the closer, false after a comma (another member follows). */
  private afterMember(closer: '}' | ']'): boolean {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === closer) return true;
    if (ch === undefined) throw this.endOfFile();
    if (ch === ',') {
      const comma = this.pos;
      this.pos++;
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === '}' || next === ']') throw new Fault(comma, `trailing comma before '${next}': JSON does not allow a comma after the last item`);
      return false;
    }
    const wrongCloser = closer === '}' ? ']' : '}';
    if (ch === wrongCloser) throw new Fault(this.pos, `found '${ch}' but the innermost open bracket needs '${closer}'`);
    const inObject = closer === '}';
    const missingComma = ch === '"' || ch === '{' || ch === '[';
    throw new Fault(
      this.pos,
      missingComma
        ? `missing comma: expected ',' or '${closer}' after the ${inObject ? 'property value' : 'item'}, found ${describeChar(ch)}`
        : `expected ',' or '${closer}' after the ${inObject ? 'property value' : 'item'}, found ${describeChar(ch)}`,
    );
  }

  private close(): void {
    this.open.pop();
    this.pos++;
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) throw new Fault(start, 'this string is never closed with a double quote (")');
      if (ch === '"') {
        this.pos++;
        return;
      }
      if (ch === '\n' || ch === '\r') throw new Fault(this.pos, 'line break inside a string: write \\n for a new line, or close the string with a double quote (")');
      if (ch < ' ') throw new Fault(this.pos, `control character (code ${ch.charCodeAt(0)}) inside a string; write it as an escape such as \\t`);
      if (ch === '\\') {
        const escaped = this.text[this.pos + 1];
        if (escaped === undefined || !ESCAPES.has(escaped)) {
          throw new Fault(this.pos, `invalid escape "\\${escaped ?? ''}" in a string: a backslash must be written \\\\`);
        }
        if (escaped === 'u' && !/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) {
          throw new Fault(this.pos, 'invalid \\u escape: it needs four hex digits, like \\u00e9');
        }
        this.pos += escaped === 'u' ? 6 : 2;
        continue;
      }
      this.pos++;
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    const end = match ? this.pos + match[0].length : this.pos;
    const after = this.text[end];
    if (!match || (after !== undefined && /[\w.+-]/.test(after))) throw new Fault(this.pos, 'invalid number');
    this.pos = end;
  }
}

/** The first syntax error in the text (null when it is valid JSON), and the keys written twice before it. */
export function scanJson(text: string): { error: JsonSyntaxError | null; duplicateKeys: DuplicateKey[] } {
  const scanner = new Scanner(text);
  let error: JsonSyntaxError | null = null;
  try {
    scanner.scan();
  } catch (fault) {
    if (!(fault instanceof Fault)) throw fault;
    error = { offset: fault.offset, ...lineColumn(text, fault.offset), message: fault.message };
  }
  const duplicateKeys = scanner.duplicateKeys.map(({ key, offset }) => ({ key, ...lineColumn(text, offset) }));
  return { error, duplicateKeys };
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  return scanJson(text).error;
}

// Page text (a customer's message, a requester's name) and bank text reach the sidebar and the reply editor.
// If either ever went through an HTML parser unescaped, a message could run script in the agent's session.
// The sidebar renders through Preact, which sets text; this file keeps it that way by scanning the shipped source
// for every API that parses a string as HTML, and checks the one place we do build HTML on purpose.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textToHtml } from '../../../src/editors/paste-event';

// A string, not `new URL(…)`: under happy-dom `URL` is the DOM's, which node's fileURLToPath refuses.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SHIPPED_DIRS = ['src', 'entrypoints'];
const CODE_FILE = /\.(ts|tsx|js|jsx|mjs|cjs|html|vue|svelte)$/;
const TEST_FILE = /\.(test|spec)\.[a-z]+$/;

/** APIs that parse a string as HTML (or write it into the document), in the DOM and in Preact/React. */
const HTML_SINKS = [
  /\binnerHTML\b/,
  /\bouterHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdangerouslySetInnerHTML\b/,
  /\bdocument\s*\.\s*write(ln)?\b/,
  /\bcreateContextualFragment\b/,
  /\bsetHTMLUnsafe\b/,
  /\bparseHTMLUnsafe\b/,
  /\bsrcdoc\b/,
];

function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippedFiles(path);
    return CODE_FILE.test(entry.name) && !TEST_FILE.test(entry.name) ? [path] : [];
  });
}

/** Lines of code, without whole-line comments, so a comment warning against innerHTML does not count. */
function codeLines(path: string): { line: number; text: string }[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }))
    .filter(({ text }) => !/^\s*(\/\/|\/\*|\*)/.test(text));
}

/** `file:line: code` for every line of shipped source matching one of `patterns`. */
function occurrences(patterns: RegExp[]): string[] {
  const files = SHIPPED_DIRS.flatMap((dir) => shippedFiles(join(ROOT, dir)));
  return files.flatMap((file) =>
    codeLines(file)
      .filter(({ text }) => patterns.some((p) => p.test(text)))
      .map(({ line, text }) => `${relative(ROOT, file)}:${line}: ${text.trim()}`),
  );
}

describe('no HTML sink in the shipped code', () => {
  it('finds shipped source to scan (the scan itself works)', () => {
    const files = SHIPPED_DIRS.flatMap((dir) => shippedFiles(join(ROOT, dir))).map((f) => relative(ROOT, f));
    expect(files).toContain('src/content/controller.tsx');
    expect(files.some((f) => f.startsWith('entrypoints/'))).toBe(true);
    expect(files.some((f) => TEST_FILE.test(f))).toBe(false);
  });

  it('uses no API that parses a string as HTML (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, …)', () => {
    expect(occurrences(HTML_SINKS)).toEqual([]);
  });
});

describe('the one HTML we build: the text/html of the synthetic paste into rich editors', () => {
  // The host editor (CKEditor, Froala, ProseMirror, Quill) parses this HTML in the page. It carries phrase text
  // with the ticket's values filled in, so a requester called `<img onerror=…>` must arrive as text.
  it('is built in exactly one place, so a new one is seen and reviewed', () => {
    expect(occurrences([/['"`]text\/html['"`]/]).map((o) => o.split(':')[0])).toEqual(['src/editors/paste-event.ts']);
  });

  const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

  it('turns hostile text into paragraphs holding exactly that text, and no other element', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"', "'", '&amp;', '&lt;', '<!--', ']]>', '\n', 'a', ' ', '</p><p>', '\u202e'), { maxLength: 30 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const body = parse(textToHtml(text));
        const lines = text.split(/\n+/);
        expect([...body.querySelectorAll('*')].map((el) => el.tagName)).toEqual(lines.map(() => 'P'));
        expect([...body.children].map((p) => p.textContent)).toEqual(lines);
      }),
      { numRuns: 500 },
    );
  });
});

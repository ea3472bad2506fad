// Macro HTML → the plain text of a phrase, without a DOM (the engine runs in node too). A small scanner walks
// the tags; nothing is ever evaluated and no markup survives. Blocks and <br> become line breaks (a phrase's "\n"
// is a paragraph break, so blank lines are dropped), list items become "- item" / "1. item" lines, links become
// "text (url)", character references are decoded, and the content of scripts, styles and other non-text elements
// is dropped.
import { decodeEntities } from './entities';

const BLOCKS = new Set(
  ('address article aside blockquote caption center dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul').split(' '),
);
/** Elements whose content is not reply text: skipped up to their closing tag. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea', 'select']);
/** Link targets worth showing to a customer (and placeholders such as {{ticket.url}}); relative and `javascript:` links are not. */
const SHOWN_LINK = /^(?:https?:\/\/|mailto:|tel:|\{\{)/i;
const HTML_SPACE = /[ \t\n\r\f]+/g;
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface ListLevel {
  ordered: boolean;
  count: number;
}

/** Builds the text line by line; a list item's marker is written only when the item's first text arrives. */
class TextWriter {
  private readonly lines: string[] = [];
  private line = '';
  private hasContent = false;
  private pendingSpace = false;
  private prefix = '';
  private link: { href: string; text: string } | undefined;

  text(raw: string): void {
    const collapsed = decodeEntities(raw).replace(HTML_SPACE, ' ');
    if (collapsed.startsWith(' ')) this.pendingSpace = this.hasContent;
    const core = collapsed.replace(/^ | $/g, '');
    if (core !== '') this.emit(core);
    if (collapsed.endsWith(' ') && this.hasContent) this.pendingSpace = true;
  }

  /** Ends the current line if it holds anything (a block starts or ends). */
  block(): void {
    if (this.hasContent) this.flush();
  }

  /** Ends the current line (<br>); inside a list item, the next line is indented under the item's text. */
  lineBreak(continuation = ''): void {
    this.flush();
    this.prefix = continuation;
  }

  startItem(marker: string): void {
    this.block();
    this.prefix = marker;
  }

  endItem(): void {
    this.block();
    this.prefix = '';
  }

  openLink(href: string): void {
    this.link = { href, text: '' };
  }

  closeLink(): void {
    const link = this.link;
    this.link = undefined;
    if (!link || !SHOWN_LINK.test(link.href)) return;
    const target = link.href.replace(/^(?:mailto|tel):/i, '');
    const shown = link.text.trim();
    if (shown === '') this.emit(target);
    else if (shown !== target && shown !== link.href) this.emit(`(${target})`, true);
  }

  result(): string {
    this.flush();
    return this.lines
      .map((line) => line.replace(/[ \t]+$/, ''))
      .filter((line) => line.trim() !== '')
      .join('\n');
  }

  private emit(text: string, spaced = this.pendingSpace): void {
    if (!this.hasContent) {
      this.line += this.prefix;
      this.prefix = '';
      this.hasContent = true;
    } else if (spaced) this.line += ' ';
    this.pendingSpace = false;
    this.line += text;
    if (this.link) this.link.text += (spaced ? ' ' : '') + text;
  }

  private flush(): void {
    if (this.hasContent) this.lines.push(this.line);
    this.line = '';
    this.hasContent = false;
    this.pendingSpace = false;
  }
}

function attribute(source: string, wanted: string): string | undefined {
  for (const match of source.matchAll(ATTRIBUTE)) {
    if (match[1]!.toLowerCase() === wanted) return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return undefined;
}

/** Offset of the `>` ending a tag that starts at `from`, skipping quoted attribute values; -1 if never closed. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
  }
  return -1;
}

/** Where the content of a skipped element ends: after its closing tag, or the end of the text. */
function afterClosing(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}[\\s/>]`, 'gi');
  closing.lastIndex = from;
  const found = closing.exec(html);
  if (!found) return html.length;
  const end = html.indexOf('>', found.index);
  return end === -1 ? html.length : end + 1;
}

export function htmlToText(html: string): string {
  const out = new TextWriter();
  const lists: ListLevel[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.text(html.slice(i));
      break;
    }
    if (lt > i) out.text(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const closing = html[i + 1] === '/';
    TAG_NAME.lastIndex = i + (closing ? 2 : 1);
    const name = TAG_NAME.exec(html)?.[0].toLowerCase();
    const end = name || html[i + 1] === '!' || html[i + 1] === '?' ? tagEnd(html, i + 1) : -1;
    if (end === -1) {
      // A "<" that opens no tag ("a < b"), or a tag never closed: keep it as text, as a browser shows it.
      out.text('<');
      i += 1;
      continue;
    }
    const source = html.slice(i + 1, end);
    i = end + 1;
    if (!name) continue; // <!DOCTYPE …>, <?xml …?>
    if (closing) {
      if (name === 'a') out.closeLink();
      else if (name === 'li') out.endItem();
      else if (name === 'ul' || name === 'ol') {
        lists.pop();
        out.block();
      } else if (name === 'td' || name === 'th') out.text(' ');
      else if (BLOCKS.has(name)) out.block();
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!source.endsWith('/')) i = afterClosing(html, name, i);
      continue;
    }
    if (name === 'br') out.lineBreak(lists.length > 0 ? '  '.repeat(lists.length) : '');
    else if (name === 'a') out.openLink(attribute(source.slice(name.length), 'href') ?? '');
    else if (name === 'ul' || name === 'ol') {
      out.block();
      lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'li') {
      const level = lists[lists.length - 1];
      const indent = '  '.repeat(Math.max(0, lists.length - 1));
      if (level) level.count += 1;
      out.startItem(`${indent}${level?.ordered ? `${level.count}.` : '-'} `);
    } else if (name === 'td' || name === 'th') out.text(' ');
    else if (BLOCKS.has(name)) out.block();
  }
  return out.result();
}

/** Plain text from an export (comment_value, a CSV cell): line endings unified, blank lines and trailing spaces dropped. */
export function tidyPlainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

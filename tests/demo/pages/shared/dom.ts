// A tiny element builder, so the page markup reads as a tree and every text goes in as text (no
// string-built HTML, so ticket contents can never inject markup).

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** Plain text → paragraphs: blank lines split paragraphs, single newlines become `<br>`, as in an email. */
export function paragraphs(text: string): HTMLParagraphElement[] {
  return text
    .split(/\n\s*\n/)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const p = el('p');
      block.split('\n').forEach((line, index) => {
        if (index > 0) p.append(el('br'));
        p.append(line);
      });
      return p;
    });
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

const CUSTOMER_COLOURS = ['#c2693d', '#6a9a5b', '#8a6bb0', '#b0566e', '#3f8f8a', '#b5892c'];
const AGENT_COLOUR = '#5f7c99';

/** Agents share one colour; each customer gets a stable one from their name, as in a helpdesk. */
export function avatarColour(name: string, isAgent = false): string {
  if (isAgent) return AGENT_COLOUR;
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CUSTOMER_COLOURS[hash % CUSTOMER_COLOURS.length] ?? AGENT_COLOUR;
}

/** An initials avatar as an SVG data URI: a real `<img>` needs a src, and the demo must work offline. */
export function avatarDataUri(name: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="32" fill="${avatarColour(name)}"/>` +
    `<text x="32" y="41" text-anchor="middle" font-family="Arial, sans-serif" font-size="24" ` +
    `font-weight="600" fill="#fff">${escapeXml(initials(name))}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TIME_FORMAT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'UTC',
});

export function formatTime(iso: string): string {
  return TIME_FORMAT.format(new Date(iso));
}

/** The element the page's markup must have; a clear error naming the selector when it does not. */
export function requireElement(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`demo page markup is missing ${selector}`);
  return found;
}

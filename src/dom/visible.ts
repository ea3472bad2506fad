/** True when the element takes up space on screen: helpdesks keep background tickets in the DOM, hidden. */
export function isVisible(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return element.getClientRects().length > 0;
}

/** The text a person sees, with runs of blank space folded and paragraph breaks kept. */
export function readableText(element: Element): string {
  const raw = element instanceof HTMLElement && typeof element.innerText === 'string' ? element.innerText : element.textContent ?? '';
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first word of a name, for `{{ticket.requester.first_name}}`. */
export function firstName(name: string | undefined): string | undefined {
  const first = name?.trim().split(/\s+/)[0];
  return first || undefined;
}

/** An element's own text, without its children's: a heading that also holds buttons (Freshdesk's subject). */
export function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The first visible element matching the selector inside `root`. */
export function firstVisible<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  for (const element of root.querySelectorAll<T>(selector)) if (isVisible(element)) return element;
  return null;
}

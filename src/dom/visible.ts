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

/** A place the agent types a reply: a text field or the root of a rich-text editor. */
export type EditableElement = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', '']);

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
  return (
    element instanceof HTMLInputElement &&
    TEXT_INPUT_TYPES.has(element.type) &&
    !element.readOnly &&
    !element.disabled
  );
}

/** The outermost contenteditable ancestor: rich editors put contenteditable on their root. */
export function editableRoot(node: Node | null): HTMLElement | null {
  let element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  let root: HTMLElement | null = null;
  while (element) {
    if (element.isContentEditable) root = element;
    else if (root) break;
    element = element.parentElement;
  }
  return root;
}

/** The editable element an event target belongs to, if any. */
export function editableFrom(target: EventTarget | null): EditableElement | null {
  if (!(target instanceof Element)) return null;
  if (isTextField(target)) return target;
  return editableRoot(target);
}

/** The editor's current text, as the agent sees it. */
export function editorText(element: EditableElement): string {
  if (isTextField(element)) return element.value;
  return element.innerText ?? element.textContent ?? '';
}

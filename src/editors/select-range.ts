import { editorText, isTextField, type EditableElement } from './editable';
import type { FocusMemory } from './focus-memory';

/** A span of the editor's text as the linter saw it. */
export interface TextSpan {
  start: number;
  end: number;
  found: string;
}

function occurrenceIndex(text: string, span: TextSpan): number {
  let index = 0;
  for (let at = text.indexOf(span.found); at !== -1 && at < span.start; at = text.indexOf(span.found, at + 1)) index++;
  return index;
}

/** The nth occurrence of `needle` inside a single text node of the editor, as a DOM range. */
function findInTextNodes(editor: HTMLElement, needle: string, nth: number): Range | null {
  const walker = editor.ownerDocument.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    for (let at = data.indexOf(needle); at !== -1; at = data.indexOf(needle, at + 1)) {
      if (seen++ === nth) {
        const range = editor.ownerDocument.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        return range;
      }
    }
  }
  return null;
}

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/**
 * Selects a span of the draft (a flagged line) so the insertion chain replaces it. Rich editors learn the new
 * selection from the browser's selectionchange event, so this waits a frame for them to take it into their
 * model. Returns false when the text is no longer where the linter saw it.
 */
export async function selectTextRange(editor: EditableElement, span: TextSpan, focus: FocusMemory): Promise<boolean> {
  const win = editor.ownerDocument.defaultView ?? window;
  focus.restore(editor);
  if (isTextField(editor)) {
    if (editor.value.slice(span.start, span.end) !== span.found) return false;
    editor.setSelectionRange(span.start, span.end);
    return true;
  }
  const range = findInTextNodes(editor, span.found, occurrenceIndex(editorText(editor), span));
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  await nextFrame(win);
  return true;
}

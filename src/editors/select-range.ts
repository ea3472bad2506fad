import { editorText, isTextField, type EditableElement } from './editable';
import type { FocusMemory } from './focus-memory';
import { selectRange } from './selection';

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

/**
 * Selects a span of the draft (a flagged line) so the insertion chain replaces it, waiting until a rich editor
 * has taken the selection into its model. Returns false when the text is no longer where the linter saw it.
 */
export async function selectTextRange(editor: EditableElement, span: TextSpan, focus: FocusMemory): Promise<boolean> {
  await focus.restore(editor);
  if (isTextField(editor)) {
    if (editor.value.slice(span.start, span.end) !== span.found) return false;
    editor.setSelectionRange(span.start, span.end);
    return true;
  }
  const range = findInTextNodes(editor, span.found, occurrenceIndex(editorText(editor), span));
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  await selectRange(selection, range);
  return true;
}

import { editableFrom, editableRoot, isTextField, type EditableElement } from './editable';
import { isVisible } from '../dom/visible';
import { selectRange } from './selection';

/** Where the agent's caret was: enough to put it back after the sidebar took focus. */
type SavedCaret =
  | { kind: 'field'; start: number; end: number }
  | { kind: 'range'; range: Range };

/**
 * Remembers the last editor the agent typed in and where the caret was, so a click or keypress in the sidebar
 * inserts at the agent's caret and not at the start of the box (or nowhere). Ignores our own UI.
 */
export class FocusMemory {
  private editor: EditableElement | null = null;
  private caret: SavedCaret | null = null;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly isOwnUi: (node: Node) => boolean,
  ) {
    const options = { capture: true, signal: this.abort.signal };
    doc.addEventListener('focusin', (event) => this.onFocus(event.target), options);
    doc.addEventListener('selectionchange', () => this.saveCaret(), options);
    doc.addEventListener('keyup', () => this.saveCaret(), options);
    doc.addEventListener('mouseup', () => this.saveCaret(), options);
    this.onFocus(doc.activeElement);
  }

  /**
   * The last editor the agent used, while it is still shown: helpdesks keep a background ticket's editor in the
   * page, hidden, and a phrase must never go into a ticket the agent has switched away from.
   */
  lastEditor(): EditableElement | null {
    return this.editor?.isConnected && isVisible(this.editor) ? this.editor : null;
  }

  /**
   * Focuses the editor and puts the caret back where the agent left it, or at the end when the agent never put
   * one there. Resolves once a rich editor has had the chance to take the new selection into its model.
   */
  async restore(editor: EditableElement): Promise<void> {
    const caret = editor === this.lastEditor() ? this.caret : null;
    if (this.doc.activeElement !== editor) editor.focus({ preventScroll: true });
    if (isTextField(editor)) {
      const end = editor.value.length;
      if (caret?.kind === 'field') editor.setSelectionRange(Math.min(caret.start, end), Math.min(caret.end, end));
      else editor.setSelectionRange(end, end);
      return;
    }
    const selection = this.doc.getSelection();
    if (!selection) return;
    // Focusing a contenteditable puts the browser's caret at its start: only a saved caret (a live range, so it
    // followed the edits since) says where the agent was.
    const saved = caret?.kind === 'range' && editor.contains(caret.range.startContainer) ? caret.range : null;
    const wanted = saved ?? endOf(editor);
    const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (current && sameRange(current, wanted)) return;
    await selectRange(selection, wanted.cloneRange());
  }

  dispose(): void {
    this.abort.abort();
  }

  private onFocus(target: EventTarget | null): void {
    if (target instanceof Node && this.isOwnUi(target)) return;
    const editor = editableFrom(target);
    if (!editor) return;
    if (editor !== this.editor) this.caret = null;
    this.editor = editor;
    this.saveCaret();
  }

  private saveCaret(): void {
    const editor = this.editor;
    if (!editor) return;
    if (isTextField(editor)) {
      if (this.doc.activeElement === editor) {
        this.caret = { kind: 'field', start: editor.selectionStart ?? 0, end: editor.selectionEnd ?? 0 };
      }
      return;
    }
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (editableRoot(range.startContainer) === editor) this.caret = { kind: 'range', range: range.cloneRange() };
  }
}

const VOID_ELEMENTS = new Set(['IMG', 'HR', 'INPUT', 'WBR']);

/** A collapsed range at the end of the editor's text, before any trailing `<br>` (an empty paragraph's filler). */
function endOf(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  let node: Node = editor;
  while (node.lastChild) {
    let last: Node | null = node.lastChild;
    while (last && last.nodeName === 'BR' && last.previousSibling) last = last.previousSibling;
    if (!last || last.nodeName === 'BR') break;
    node = last;
  }
  if (node.nodeType === Node.TEXT_NODE) range.setStart(node, node.nodeValue?.length ?? 0);
  else if (VOID_ELEMENTS.has(node.nodeName)) range.setStartAfter(node);
  else range.setStart(node, 0); // empty, or only a filler <br>

  range.collapse(true);
  return range;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

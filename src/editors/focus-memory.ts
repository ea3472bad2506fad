import { editableFrom, editableRoot, isTextField, type EditableElement } from './editable';

/** Where the agent's caret was: enough to put it back after the sidebar took focus. */
export type SavedCaret =
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

  /** The last editor the agent used, while it is still in the page. */
  lastEditor(): EditableElement | null {
    return this.editor?.isConnected ? this.editor : null;
  }

  lastCaret(): SavedCaret | null {
    return this.caret;
  }

  /** Focuses the editor and puts the caret back where the agent left it (or at the end when unknown). */
  restore(editor: EditableElement): void {
    const caret = editor === this.editor ? this.caret : null;
    if (this.doc.activeElement !== editor) editor.focus({ preventScroll: true });
    if (isTextField(editor)) {
      const end = editor.value.length;
      if (caret?.kind === 'field') editor.setSelectionRange(Math.min(caret.start, end), Math.min(caret.end, end));
      return;
    }
    const selection = this.doc.getSelection();
    if (!selection) return;
    const inside = selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).commonAncestorContainer);
    if (inside) return; // the editor restored its own caret on focus (CKEditor does, from its model)
    if (caret?.kind === 'range' && caret.range.startContainer.isConnected && editor.contains(caret.range.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(caret.range);
    }
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

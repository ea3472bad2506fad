/**
 * Rich editors (CKEditor, ProseMirror, Quill) learn a new DOM selection from the browser's selectionchange event,
 * which arrives a task later: this sets the selection and resolves once the editor has seen it (or after a short
 * wait when the browser sends none), so what follows acts on the editor's updated model selection.
 */
export function selectRange(selection: Selection, range: Range): Promise<void> {
  const doc = range.startContainer.ownerDocument ?? document;
  const win = doc.defaultView ?? window;
  const seen = new Promise<void>((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      win.setTimeout(resolve, 0); // the editor's own selectionchange listener runs first
    };
    const timer = win.setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
  selection.removeAllRanges();
  selection.addRange(range);
  return seen;
}

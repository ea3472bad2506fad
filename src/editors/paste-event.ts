import type { InsertionStrategy } from './strategy';

/** Plain text as the HTML a rich editor turns into paragraphs: each line of a phrase is a paragraph of the reply. */
export function textToHtml(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text
    .split(/\n+/)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

/**
 * A synthetic paste: rich editors (CKEditor 5, ProseMirror, Quill, Froala) run it through their own clipboard
 * pipeline into their model, as one undo step at their own selection. CKEditor reverts DOM-level edits such as
 * execCommand('insertText'), so for it this is the way in from an isolated content script.
 */
export function dispatchPaste(editor: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  data.setData('text/html', textToHtml(text));
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Tried on every contenteditable: an editor that handles paste says so by cancelling the event. */
export const pasteIntoRichEditor: InsertionStrategy = {
  name: 'paste event',
  appliesTo: (editor) => editor.isContentEditable,
  insert: (editor, text) => dispatchPaste(editor, text),
};

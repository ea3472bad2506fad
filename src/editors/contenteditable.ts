import type { InsertionStrategy } from './strategy';

/**
 * A plain contenteditable: the browser's own editing command, which keeps the page's undo stack. Line breaks are
 * inserted as paragraph breaks so a multi-line phrase keeps its shape.
 */
export const insertIntoContentEditable: InsertionStrategy = {
  name: 'execCommand (plain contenteditable)',
  appliesTo: (editor) => editor.isContentEditable,
  insert: (editor, text) => {
    const doc = editor.ownerDocument;
    if (typeof doc.execCommand !== 'function') return false;
    let accepted = true;
    text.split('\n').forEach((line, i) => {
      if (i > 0) accepted = doc.execCommand('insertParagraph') && accepted;
      if (line) accepted = doc.execCommand('insertText', false, line) && accepted;
    });
    return accepted;
  },
};

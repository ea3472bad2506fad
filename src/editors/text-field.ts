import { isTextField } from './editable';
import type { InsertionStrategy } from './strategy';

/**
 * `<textarea>` and text `<input>`: execCommand('insertText') keeps the field's native undo stack (one Ctrl+Z
 * removes the insertion) and fires the input events frameworks listen to. Where the browser refuses it,
 * setRangeText still inserts, without undo.
 */
export const insertIntoTextField: InsertionStrategy = {
  name: 'text field',
  appliesTo: (editor) => isTextField(editor),
  insert: (editor, text) => {
    if (!isTextField(editor)) return false;
    const value = editor instanceof HTMLInputElement ? text.replace(/\n+/g, ' ') : text;
    const before = editor.value;
    const doc = editor.ownerDocument;
    if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, value) && editor.value !== before) return true;
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? start;
    editor.setRangeText(value, start, end, 'end');
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
    return true;
  },
};

// The reply box: a real CKEditor 5 ClassicEditor, as in Zendesk Agent Workspace. It has to be the
// real editor because its model overwrites DOM changes made behind its back — the very behaviour
// the extension's insertion code must survive.

import {
  Bold,
  ClassicEditor,
  Essentials,
  Italic,
  Link,
  List,
  Paragraph,
  PasteFromOffice,
} from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

/** Zendesk's marker on its composer's editable element. */
export const EDITABLE_TEST_ID = 'omnicomposer-rich-text-ckeditor';

export async function createComposerEditor(host: HTMLElement, requesterFirstName: string): Promise<ClassicEditor> {
  const editor = await ClassicEditor.create(host, {
    licenseKey: 'GPL',
    // Essentials brings Clipboard, Enter, ShiftEnter, Typing, Undo and SelectAll.
    plugins: [Essentials, Paragraph, Bold, Italic, Link, List, PasteFromOffice],
    toolbar: ['bold', 'italic', 'link', '|', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
    placeholder: `Reply to ${requesterFirstName}…`,
  });
  // Through the editing view, not setAttribute on the DOM element: CKEditor's renderer re-syncs the
  // editable's attributes from its view on focus, and drops any it does not know about.
  const view = editor.editing.view;
  const root = view.document.getRoot();
  if (!root) throw new Error('CKEditor created no editable root');
  view.change((writer) => writer.setAttribute('data-test-id', EDITABLE_TEST_ID, root));
  return editor;
}

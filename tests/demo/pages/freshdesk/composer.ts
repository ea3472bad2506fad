// The reply box: a real Froala editor, which Freshdesk is believed to use (`.fr-box` > `.fr-element.fr-view`).
// It runs without a licence key, so Froala shows its "unlicensed copy" notice above the editor — fine for
// a fixture, and it leaves the editor itself fully working.

import FroalaEditor from 'froala-editor';
import 'froala-editor/js/plugins/lists.min.js';
import 'froala-editor/css/froala_editor.min.css';
import 'froala-editor/css/froala_style.min.css';

export function createReplyEditor(host: HTMLElement, placeholder: string): Promise<FroalaEditor> {
  return new Promise((resolve) => {
    // Froala calls this back once the editor is initialised; `this` is the instance.
    new FroalaEditor(
      host,
      {
        placeholderText: placeholder,
        heightMin: 140,
        toolbarButtons: ['bold', 'italic', 'underline', '|', 'formatUL', 'formatOL', '|', 'undo', 'redo'],
        // Without these, Froala counts characters and shows a quick-insert "+" that Freshdesk does not.
        charCounterCount: false,
        quickInsertEnabled: false,
      },
      function (this: FroalaEditor) {
        resolve(this);
      },
    );
  });
}

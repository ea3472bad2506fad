// The reply box is a real Quill 2 editor (snow theme). Quill keeps its own Delta model and reconciles the
// DOM with it, so `editorText()` reads `quill.getText()` — which always ends with one "\n".

import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import '../plain/plain.css';
import '../shared/editor-page.css';
import { exposeEditorPage, type EditorPageApi } from '../shared/editor-page';
import './quill.css';

export interface QuillDemoApi extends EditorPageApi {
  quill: Quill;
}

const quill = new Quill('#reply-editor', {
  theme: 'snow',
  placeholder: 'Write a reply to Jonas…',
  modules: { toolbar: [['bold', 'italic', 'link'], [{ list: 'ordered' }, { list: 'bullet' }], ['clean']] },
});
quill.root.setAttribute('aria-labelledby', 'reply-label');

exposeEditorPage<QuillDemoApi>({
  ready: Promise.resolve(),
  quill,
  editorText: () => quill.getText(),
});

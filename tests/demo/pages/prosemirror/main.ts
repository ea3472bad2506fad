// The reply box is a real ProseMirror editor (basic schema, history, base keymap). ProseMirror redraws the
// DOM from its own state, so `editorText()` reads that state, never the DOM.

import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import '../plain/plain.css';
import '../shared/editor-page.css';
import { exposeEditorPage, type EditorPageApi } from '../shared/editor-page';
import './prosemirror.css';

export interface ProseMirrorDemoApi extends EditorPageApi {
  view: EditorView;
}

const host = document.querySelector<HTMLElement>('#reply-editor');
if (!host) throw new Error('demo page markup is missing #reply-editor');

const view = new EditorView(host, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  }),
  attributes: { 'aria-labelledby': 'reply-label', 'aria-multiline': 'true', role: 'textbox' },
});

exposeEditorPage<ProseMirrorDemoApi>({
  ready: Promise.resolve(),
  view,
  editorText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
});

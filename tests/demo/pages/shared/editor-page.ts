// What the single-editor pages (/prosemirror, /quill) expose on `window.demo`, so tests read the reply
// from the editor's own model rather than from the DOM it renders.

export interface EditorPageApi {
  /** Resolves once the editor exists (also `<html data-demo-ready="true">`). */
  ready: Promise<void>;
  /** The reply as the editor's model holds it (ProseMirror: paragraphs joined by "\n"; Quill: `getText()`). */
  editorText(): string;
}

export function exposeEditorPage<T extends EditorPageApi>(api: T): void {
  Object.assign(window, { demo: api });
  void api.ready.then(() => {
    document.documentElement.dataset.demoReady = 'true';
  });
}

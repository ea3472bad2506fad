import type { ComponentChildren } from 'preact';

/** The frame of the phrase and the rule form: a title, the fields, Save (Enter in a field) and Cancel. */
export function EditorForm(props: { testId: string; title: string; saveTestId: string; onSave: () => void; onCancel: () => void; children: ComponentChildren }) {
  return (
    <form
      class="editor"
      data-testid={props.testId}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <h3>{props.title}</h3>
      {props.children}
      <div class="actions">
        <button type="submit" class="primary" data-testid={props.saveTestId}>
          Save
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

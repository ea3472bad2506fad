/**
 * Edit, Duplicate and Delete for one of the agent's own entries (`kind` names the test hooks: `phrase-edit`,
 * `rule-delete`…). Delete asks first, with `deleteQuestion`.
 */
export function RowActions(props: { kind: 'phrase' | 'rule'; deleteQuestion: string; onEdit: () => void; onDuplicate: () => void; onDelete: () => void }) {
  return (
    <div class="row-actions">
      <button type="button" data-testid={`${props.kind}-edit`} onClick={props.onEdit}>
        Edit
      </button>
      <button type="button" data-testid={`${props.kind}-duplicate`} onClick={props.onDuplicate}>
        Duplicate
      </button>
      <button
        type="button"
        data-testid={`${props.kind}-delete`}
        onClick={() => {
          if (confirm(props.deleteQuestion)) props.onDelete();
        }}
      >
        Delete
      </button>
    </div>
  );
}

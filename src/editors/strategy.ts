import type { EditableElement } from './editable';

/**
 * One way of putting text into one kind of editor. Strategies are tried in order; each says whether it applies,
 * and the chain reads the editor back to confirm the text stuck before trusting it.
 */
export interface InsertionStrategy {
  name: string;
  appliesTo(editor: EditableElement): boolean;
  /**
   * Inserts at the current selection (already restored by the caller). Returns false when the editor plainly
   * ignored it, so the chain moves on without waiting for the editor to settle.
   */
  insert(editor: EditableElement, text: string): boolean;
}

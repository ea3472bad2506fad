import { editorText, type EditableElement } from './editable';
import type { FocusMemory } from './focus-memory';
import { insertIntoContentEditable } from './contenteditable';
import { pasteIntoRichEditor } from './paste-event';
import type { InsertionStrategy } from './strategy';
import { insertIntoTextField } from './text-field';

/** Tried in this order; the first whose text is still there after the editor settles wins. */
export const STRATEGIES: InsertionStrategy[] = [pasteIntoRichEditor, insertIntoTextField, insertIntoContentEditable];

export type InsertOutcome =
  | { ok: true; strategy: string }
  | { ok: false; copiedToClipboard: boolean; reason: string };

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * Some editors accept a DOM edit and then put their own model back (CKEditor within ~50 ms): only text that is
 * still there after that counts as inserted.
 */
function settle(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 80));
}

async function copyToClipboard(win: Window, text: string): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Inserts text at the agent's caret (restored from focus memory; the end of the draft when the agent never put one
 * there) and reads the editor back to confirm it stuck, exactly once. With `keepSelection` it replaces what the
 * caller selected (a lint fix). When nothing sticks, the text goes to the clipboard so the agent can paste it.
 */
export async function insertText(
  editor: EditableElement,
  text: string,
  focus: FocusMemory,
  options: { keepSelection?: boolean } = {},
): Promise<InsertOutcome> {
  const win = editor.ownerDocument.defaultView ?? window;
  const needle = fold(text);
  const before = fold(editorText(editor));
  const count = (draft: string) => occurrences(draft, needle);
  for (const strategy of STRATEGIES) {
    if (!strategy.appliesTo(editor)) continue;
    if (!options.keepSelection) await focus.restore(editor);
    try {
      if (!strategy.insert(editor, text)) continue;
    } catch {
      continue; // an editor that throws on one way in may still take the next
    }
    await settle(win);
    const after = fold(editorText(editor));
    if (count(after) > count(before)) return { ok: true, strategy: strategy.name };
    // The editor kept a change but not our exact text (it reformatted it): trying the next way in could insert
    // it twice, so stop here and trust what the agent sees.
    if (after !== before) return { ok: true, strategy: `${strategy.name} (reformatted by the editor)` };
  }
  const copiedToClipboard = await copyToClipboard(win, text);
  return { ok: false, copiedToClipboard, reason: 'the editor did not keep the text' };
}

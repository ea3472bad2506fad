import type { SidebarActions, SidebarState } from './view-model';

const PHRASE_BUTTON = '[data-testid="suggestion"]';

/**
 * The sidebar's keys: ArrowUp/ArrowDown move between phrase buttons (search results, pinned, suggestions, in
 * that order; from the search box ArrowDown enters the list), Enter inserts the focused one (it is a button),
 * 1–9 insert the nth suggestion when not typing, Esc gives the editor back with the caret where it was.
 */
export function onSidebarKeyDown(event: KeyboardEvent, state: SidebarState, actions: SidebarActions): void {
  const target = event.target as HTMLElement;
  const typing = target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
  const root = event.currentTarget as HTMLElement;
  if (event.key === 'Escape') {
    event.preventDefault();
    actions.returnToEditor();
    return;
  }
  if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !(typing && target.dataset.testid === 'slot-input')) {
    const buttons = [...root.querySelectorAll<HTMLElement>(PHRASE_BUTTON)];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(target);
    const next =
      at === -1 ? (event.key === 'ArrowDown' ? 0 : buttons.length - 1)
      : event.key === 'ArrowDown' ? (at + 1) % buttons.length
      : (at - 1 + buttons.length) % buttons.length;
    buttons[next]!.focus();
    event.preventDefault();
    return;
  }
  if (!typing && /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const phrase = state.suggestions[Number(event.key) - 1];
    if (!phrase) return;
    event.preventDefault();
    root.querySelector<HTMLElement>(`.suggestions ${PHRASE_BUTTON}[data-phrase-id="${CSS.escape(phrase.id)}"]`)?.click();
  }
}

import { Chips } from './Chips';
import { LintList } from './LintList';
import { PlaybookPanel } from './PlaybookPanel';
import { SearchBox } from './SearchBox';
import { SuggestionList } from './SuggestionList';
import type { SidebarActions, SidebarState } from './view-model';

const SUGGESTION = '[data-testid="suggestion"]';

/** Arrow keys move between phrases, 1–9 insert the nth suggestion, Esc gives the editor back. */
function onKeyDown(event: KeyboardEvent, state: SidebarState, actions: SidebarActions) {
  const target = event.target as HTMLElement;
  const typing = target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
  const root = event.currentTarget as HTMLElement;
  if (event.key === 'Escape') {
    event.preventDefault();
    actions.returnToEditor();
    return;
  }
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const buttons = [...root.querySelectorAll<HTMLElement>(SUGGESTION)];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(target);
    const next = event.key === 'ArrowDown' ? (at + 1) % buttons.length : (at - 1 + buttons.length) % buttons.length;
    buttons[at === -1 ? 0 : next]!.focus();
    event.preventDefault();
    return;
  }
  if (!typing && /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const phrase = state.suggestions[Number(event.key) - 1];
    if (!phrase) return;
    event.preventDefault();
    root.querySelector<HTMLElement>(`.suggestions ${SUGGESTION}[data-phrase-id="${CSS.escape(phrase.id)}"]`)?.click();
  }
}

export function Sidebar({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  if (state.collapsed) {
    return (
      <button type="button" class="tab" data-testid="expand" onClick={() => actions.setCollapsed(false)} aria-label="Open Composure">
        Composure
      </button>
    );
  }
  return (
    <aside class="panel" aria-label="Composure" onKeyDown={(event) => onKeyDown(event, state, actions)}>
      <header>
        <h1>Composure</h1>
        <span class="where" data-testid="status">
          {state.helpdeskLabel}
          {state.ticketId ? ` · #${state.ticketId}` : ''}
        </span>
        <button type="button" class="collapse" data-testid="collapse" onClick={() => actions.setCollapsed(true)} aria-label="Collapse Composure">
          ⟩
        </button>
      </header>
      <p class={`notice ${state.notice?.kind ?? ''}`} role="status" aria-live="polite" data-testid="notice">
        {state.notice?.text ?? ''}
      </p>
      {state.fallbackReason && <p class="fallback">{state.fallbackReason}</p>}
      <Chips state={state} />
      <PlaybookPanel playbook={state.playbook} />
      <SearchBox state={state} actions={actions} />
      <SuggestionList suggestions={state.suggestions} actions={actions} />
      <LintList findings={state.lint} actions={actions} />
    </aside>
  );
}

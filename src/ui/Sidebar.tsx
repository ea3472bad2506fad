import { Chips } from './Chips';
import { onSidebarKeyDown } from './keyboard';
import { LintList } from './LintList';
import { PinnedList } from './PinnedList';
import { PlaybookPanel } from './PlaybookPanel';
import { ResizeHandle } from './ResizeHandle';
import { SearchBox } from './SearchBox';
import { SuggestionList } from './SuggestionList';
import type { SidebarActions, SidebarState } from './view-model';

/** Collapsed: a slim full-height strip the page keeps room for, with one button that opens the panel. */
function CollapsedTab({ actions }: { actions: SidebarActions }) {
  return (
    <aside class="strip" aria-label="Composure">
      <button type="button" class="tab" data-testid="expand" onClick={() => actions.setCollapsed(false)} aria-label="Open Composure">
        <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
          <path d="M10 3L5 8l5 5" />
        </svg>
        <span aria-hidden="true">Composure</span>
      </button>
    </aside>
  );
}

/**
 * The panel: a fixed header (name, where, collapse) and live notice; a scrolling body (chips, playbook,
 * search, pinned, suggestions); the draft check as a footer, so findings are seen without scrolling and their
 * arrival moves nothing in the list.
 */
export function Sidebar({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  if (state.collapsed) return <CollapsedTab actions={actions} />;
  const pinnedIds = new Set(state.pinned.map((p) => p.id));
  return (
    <aside
      class="panel"
      aria-label="Composure"
      style={{ width: `${state.width}px` }}
      onKeyDown={(event) => onSidebarKeyDown(event, state, actions)}
    >
      <ResizeHandle width={state.width} onResize={actions.resize} />
      <header>
        <h1>Composure</h1>
        <span class="where" data-testid="status">
          {state.helpdeskLabel}
          {state.ticketId ? ` · #${state.ticketId}` : ''}
        </span>
        <button type="button" class="collapse" data-testid="collapse" onClick={() => actions.setCollapsed(true)} aria-label="Collapse Composure">
          <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
            <path d="M6 3l5 5-5 5" />
          </svg>
        </button>
      </header>
      <p class={`notice ${state.notice?.kind ?? ''}`} role="status" aria-live="polite" data-testid="notice">
        {state.notice?.text ?? ''}
      </p>
      <div class="body">
        {state.fallbackReason && (
          <p class="fallback" role="status" data-testid="fallback-notice">
            {state.fallbackReason}
          </p>
        )}
        <Chips state={state} />
        <PlaybookPanel playbook={state.playbook} />
        <SearchBox state={state} actions={actions} pinnedIds={pinnedIds} />
        <PinnedList pinned={state.pinned} actions={actions} />
        <SuggestionList
          suggestions={state.suggestions}
          pinnedIds={pinnedIds}
          actions={actions}
          heightKey={`${state.ticketId ?? ''}|${state.width}`}
        />
      </div>
      <LintList findings={state.lint} paused={state.lintPaused} actions={actions} />
    </aside>
  );
}

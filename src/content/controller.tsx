import { render } from 'preact';
import type { Engine } from '../engine';
import type { LintFinding, TicketSnapshot } from '../engine/types';
import { editorText, type EditableElement } from '../editors/editable';
import { FocusMemory } from '../editors/focus-memory';
import { insertText, type InsertOutcome } from '../editors/insert';
import { selectTextRange } from '../editors/select-range';
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { chooseAdapter } from '../helpdesks/detect';
import { Sidebar } from '../ui/Sidebar';
import type { PhraseView, SidebarActions, SidebarState } from '../ui/view-model';
import { phraseView, ticketView } from './build-view';
import { watchPage } from './watch-page';

const HELPDESK_LABELS: Record<HelpdeskAdapter['id'], string> = {
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  generic: 'This page',
};
const LINT_DEBOUNCE_MS = 150;
const SEARCH_LIMIT = 12;

/** What changed in a ticket, cheaply: the same signature means no engine work and no re-render. */
function signature(snapshot: TicketSnapshot | null): string {
  if (!snapshot) return '';
  return `${snapshot.ticketId ?? ''}\u0000${snapshot.messages.length}\u0000${snapshot.latestCustomerMessage}`;
}

function outcomeNotice(outcome: InsertOutcome): SidebarState['notice'] {
  if (outcome.ok) return { kind: 'ok', text: 'Inserted.' };
  return {
    kind: 'error',
    text: outcome.copiedToClipboard
      ? 'The editor did not take the text: it is on your clipboard, press Ctrl+V to paste it.'
      : 'The editor did not take the text, and the clipboard was not available: please copy it from here.',
  };
}

/**
 * Runs Composure on one page: reads the ticket through the adapter, asks the engine, renders the sidebar and
 * performs the sidebar's actions. Data flows one way: page → adapter → snapshot → engine → sidebar → insert.
 */
export function startComposure(options: { doc: Document; engine: Engine; container: HTMLElement; host: Element }) {
  const { doc, engine, container, host } = options;
  const isOwnUi = (node: Node) => host.contains(node) || node === host;
  const focus = new FocusMemory(doc, isOwnUi);
  const adapter = chooseAdapter(doc, () => focus.lastEditor());
  const abort = new AbortController();

  let snapshot: TicketSnapshot | null = null;
  let lastSignature: string | null = null;
  let state: SidebarState = {
    helpdeskLabel: HELPDESK_LABELS[adapter.id],
    mood: null,
    abusive: false,
    situations: [],
    suggestions: [],
    lint: [],
    searchQuery: '',
    searchResults: [],
    collapsed: false,
  };

  const update = (patch: Partial<SidebarState>) => {
    state = { ...state, ...patch };
    render(<Sidebar state={state} actions={actions} />, container);
  };

  /** The editor a phrase goes into: the one the agent last used, else the ticket's reply box. */
  const replyEditor = (): EditableElement | null => focus.lastEditor() ?? adapter.findReplyEditor();

  const draft = () => {
    const editor = replyEditor();
    return editor ? editorText(editor) : '';
  };

  const refreshTicket = () => {
    const next = adapter.readSnapshot();
    const nextSignature = signature(next);
    if (nextSignature === lastSignature) return;
    lastSignature = nextSignature;
    snapshot = next;
    if (!next) {
      update({ ticketId: undefined, mood: null, abusive: false, situations: [], suggestions: [], playbook: undefined });
      return;
    }
    const analysis = engine.analyse(next);
    const result = engine.suggest(analysis, next, { draft: draft() });
    update(ticketView(engine, next, analysis, result));
  };

  let lintTimer: number | undefined;
  const refreshLint = () => {
    lintTimer = undefined;
    update({ lint: engine.lint(draft()) });
  };
  const scheduleLint = (event: Event) => {
    const editor = replyEditor();
    if (!editor || !(event.target instanceof Node) || !editor.contains(event.target)) return;
    if (lintTimer !== undefined) clearTimeout(lintTimer);
    lintTimer = window.setTimeout(refreshLint, LINT_DEBOUNCE_MS);
  };

  const finishInsert = (outcome: InsertOutcome) => {
    update({ notice: outcomeNotice(outcome) });
    refreshLint();
  };

  const actions: SidebarActions = {
    insert: async (phrase: PhraseView, slotValues) => {
      const editor = replyEditor();
      const bankPhrase = engine.phrase(phrase.id);
      if (!editor || !bankPhrase) {
        update({ notice: { kind: 'error', text: 'No reply box found: click into the reply box, then try again.' } });
        return;
      }
      const { text } = engine.fill(bankPhrase.text, { ticket: snapshot ?? undefined, slots: slotValues });
      finishInsert(await insertText(editor, text, focus));
    },
    fixLint: async (finding: LintFinding, replacement: string) => {
      const editor = replyEditor();
      if (!editor) return;
      const selected = await selectTextRange(editor, finding, focus);
      if (!selected) {
        update({ notice: { kind: 'error', text: `Could not find “${finding.found}” in the draft any more.` } });
        return;
      }
      finishInsert(await insertText(editor, replacement, focus, { keepSelection: true }));
    },
    search: (query) => {
      const results = query.trim() ? engine.search(query, { limit: SEARCH_LIMIT }) : [];
      update({ searchQuery: query, searchResults: results.map((p) => phraseView(engine, p, snapshot)) });
    },
    setCollapsed: (collapsed) => update({ collapsed }),
    returnToEditor: () => {
      const editor = replyEditor();
      if (editor) focus.restore(editor);
    },
  };

  doc.addEventListener('input', scheduleLint, { capture: true, signal: abort.signal });
  const watcher = watchPage({
    root: doc.body,
    ignore: (node) => isOwnUi(node) || adapter.isInsideEditor(node),
    onChange: refreshTicket,
  });
  refreshTicket();

  return {
    /** Re-read now (on single-page navigation). */
    refresh: watcher.schedule,
    stop: () => {
      watcher.stop();
      abort.abort();
      focus.dispose();
      if (lintTimer !== undefined) clearTimeout(lintTimer);
      render(null, container);
    },
  };
}

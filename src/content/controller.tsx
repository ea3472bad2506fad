import { render } from 'preact';
import type { Engine } from '../engine';
import type { ChoiceHistory } from '../engine/suggest/types';
import type { LintFinding, TicketSnapshot } from '../engine/types';
import { editorText, type EditableElement } from '../editors/editable';
import { FocusMemory } from '../editors/focus-memory';
import { insertText, type InsertOutcome } from '../editors/insert';
import { selectTextRange } from '../editors/select-range';
import type { HelpdeskAdapter } from '../helpdesks/adapter';
import { chooseAdapter } from '../helpdesks/detect';
import { choiceHistory, recordChoice, withCounts } from '../storage/choice-history';
import { pinnedPhrases, togglePin } from '../storage/pins';
import { SIDEBAR_WIDTH, type SitePrefs } from '../storage/site-prefs';
import { recordUsage } from '../storage/usage-stats';
import { Sidebar } from '../ui/Sidebar';
import type { PhraseView, SidebarActions, SidebarState } from '../ui/view-model';
import { phraseView, ticketView } from './build-view';
import type { Dock } from './dock';
import type { TabStatus } from './messages';
import { watchPage } from './watch-page';

/**
 * Reading the ticket runs on every page change, so its cost is published as a User Timing measure (the latest
 * one only: older ones are cleared, so a long day does not pile up entries). DevTools and the e2e run read it.
 */
export const READ_TICKET_MEASURE = 'composure:read-ticket';

/**
 * The longest draft checked while the agent types: ~15 ms of work. A pasted log of a megabyte would take over
 * 100 ms on every pause in typing, so above this the sidebar says the check is paused instead of freezing the page.
 */
export const MAX_LINT_CHARS = 100_000;
function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
  return result;
}

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

export interface ComposureOptions {
  doc: Document;
  engine: Engine;
  container: HTMLElement;
  host: Element;
  /** This site's width and collapsed state, and where changes to them go. */
  prefs: SitePrefs;
  savePrefs: (prefs: SitePrefs) => void;
  dock: Dock;
}

export type ComposureSession = ReturnType<typeof startComposure>;

/**
 * Runs Composure on one page: reads the ticket through the adapter, asks the engine, renders the sidebar and
 * performs the sidebar's actions. Data flows one way: page → adapter → snapshot → engine → sidebar → insert.
 */
export function startComposure(options: ComposureOptions) {
  const { doc, container, host, dock, savePrefs } = options;
  let engine = options.engine;
  const isOwnUi = (node: Node) => host.contains(node) || node === host;
  const focus = new FocusMemory(doc, isOwnUi);
  const adapter = chooseAdapter(doc, () => focus.lastEditor());
  const abort = new AbortController();

  let prefs = options.prefs;
  let snapshot: TicketSnapshot | null = null;
  let lastSignature: string | null = null;
  let pinIds: string[] = [];
  let history: ChoiceHistory = { picked: {}, dismissed: {} };
  /** "Not helpful" hides a phrase for the ticket it was dismissed on, for as long as the page is open. */
  const dismissed = new Map<string, Set<string>>();
  const countChoice = async (kind: 'picked' | 'dismissed', id: string) => {
    const counts = await recordChoice(kind, id).catch(() => undefined);
    if (counts) history = withCounts(history, id, counts);
  };
  const dismissedHere = () => {
    const key = snapshot?.ticketId ?? '';
    if (!dismissed.has(key)) dismissed.set(key, new Set());
    return dismissed.get(key)!;
  };

  let state: SidebarState = {
    helpdeskLabel: HELPDESK_LABELS[adapter.id],
    mood: null,
    abusive: false,
    situations: [],
    suggestions: [],
    pinned: [],
    lint: [],
    searchQuery: '',
    searchCategories: [],
    searchResults: [],
    collapsed: prefs.collapsed,
    width: prefs.width,
  };

  const shadowFocus = () => (host.shadowRoot?.activeElement as HTMLElement | null) ?? null;
  const focusInSidebar = (selector: string) => container.querySelector<HTMLElement>(selector)?.focus();

  const update = (patch: Partial<SidebarState>) => {
    state = { ...state, ...patch };
    render(<Sidebar state={state} actions={actions} />, container);
  };
  const applyLayout = () => dock.set(state.collapsed ? SIDEBAR_WIDTH.collapsed : state.width);
  const setPrefs = (patch: Partial<SitePrefs>) => {
    prefs = { ...prefs, ...patch };
    savePrefs(prefs);
  };

  /** The editor a phrase goes into: the one the agent last used, else the ticket's reply box. */
  const replyEditor = (): EditableElement | null => focus.lastEditor() ?? adapter.findReplyEditor();

  const draft = () => {
    const editor = replyEditor();
    return editor ? editorText(editor) : '';
  };

  const pinnedViews = () =>
    pinIds.flatMap((id) => {
      const phrase = engine.phrase(id);
      return phrase ? [phraseView(engine, phrase, snapshot)] : []; // a pin the bank no longer has is skipped
    });

  /** Re-reads the ticket; with `force`, re-ranks even when the ticket did not change (history, dismissals). */
  const refreshTicket = (force = false) => {
    const next = timed(READ_TICKET_MEASURE, () => adapter.readSnapshot());
    const nextSignature = signature(next);
    if (!force && nextSignature === lastSignature) return;
    lastSignature = nextSignature;
    snapshot = next;
    const fallbackReason = adapter.fallbackReason?.();
    if (!next) {
      update({ ticketId: undefined, fallbackReason, mood: null, abusive: false, situations: [], suggestions: [], playbook: undefined, pinned: pinnedViews() });
      return;
    }
    const analysis = engine.analyse(next);
    const result = engine.suggest(analysis, next, { draft: draft(), history, exclude: [...dismissedHere()] });
    update({ ...ticketView(engine, next, analysis, result), fallbackReason, pinned: pinnedViews() });
  };

  let lintTimer: number | undefined;
  /** Flagged lines already counted for the stats page, per ticket: a line is counted once, not per keystroke. */
  const countedLint = new Set<string>();
  /** Checks the draft; `countNew: false` takes what it finds as already counted (a draft already there, a new bank). */
  const refreshLint = (countNew = true) => {
    lintTimer = undefined;
    const text = draft();
    if (text.length > MAX_LINT_CHARS) return update({ lint: [], lintPaused: { length: text.length, limit: MAX_LINT_CHARS } });
    const lint = engine.lint(text);
    update({ lint, lintPaused: undefined });
    const fresh = lint.map((f) => `${snapshot?.ticketId ?? ''}\u0000${f.ruleId}\u0000${f.found.toLowerCase()}`).filter((key) => !countedLint.has(key));
    fresh.forEach((key) => countedLint.add(key));
    if (fresh.length && countNew) void recordUsage({ kind: 'lint-caught', count: fresh.length }).catch(() => undefined);
  };
  const scheduleLint = (event: Event) => {
    const editor = replyEditor();
    if (!editor || !(event.target instanceof Node) || !editor.contains(event.target)) return;
    if (lintTimer !== undefined) clearTimeout(lintTimer);
    lintTimer = window.setTimeout(() => refreshLint(), LINT_DEBOUNCE_MS);
  };

  const finishInsert = (outcome: InsertOutcome) => {
    update({ notice: outcomeNotice(outcome) });
    refreshLint();
  };

  const runSearch = (query: string, categories = state.searchCategories) => {
    const results = query.trim()
      ? engine.search(query, { limit: SEARCH_LIMIT, categories: categories.length ? categories : undefined })
      : [];
    update({ searchQuery: query, searchCategories: categories, searchResults: results.map((p) => phraseView(engine, p, snapshot)) });
  };

  const setCollapsed = (collapsed: boolean) => {
    if (collapsed === state.collapsed) return;
    const hadFocus = shadowFocus() !== null;
    update({ collapsed });
    applyLayout();
    setPrefs({ collapsed });
    // Keyboard users keep their place: the toggle they pressed is replaced by its counterpart.
    if (hadFocus) focusInSidebar(collapsed ? '[data-testid="expand"]' : '[data-testid="collapse"]');
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
      const outcome = await insertText(editor, text, focus);
      finishInsert(outcome);
      // Counted for next time; not re-ranked now, so the list does not reshuffle under the agent.
      if (!outcome.ok) return;
      void recordUsage({ kind: 'inserted', category: bankPhrase.category }).catch(() => undefined);
      await countChoice('picked', phrase.id);
    },
    fixLint: async (finding: LintFinding, replacement: string) => {
      const editor = replyEditor();
      if (!editor) return;
      const selected = await selectTextRange(editor, finding, focus);
      if (!selected) {
        update({ notice: { kind: 'error', text: `Could not find “${finding.found}” in the draft any more.` } });
        return;
      }
      const outcome = await insertText(editor, replacement, focus, { keepSelection: true });
      finishInsert(outcome);
      if (outcome.ok) void recordUsage({ kind: 'lint-fixed' }).catch(() => undefined);
    },
    search: (query) => runSearch(query),
    filterSearch: (categories) => runSearch(state.searchQuery, categories),
    togglePin: async (phrase) => {
      pinIds = await togglePin(phrase.id).catch(() => pinIds);
      const pinned = pinIds.includes(phrase.id);
      update({ pinned: pinnedViews(), notice: { kind: 'ok', text: pinned ? 'Pinned.' : 'Unpinned.' } });
    },
    dismiss: async (phrase) => {
      const at = state.suggestions.findIndex((s) => s.id === phrase.id);
      const hadFocus = shadowFocus() !== null;
      dismissedHere().add(phrase.id);
      refreshTicket(true);
      update({ notice: { kind: 'ok', text: 'Hidden for this ticket.' } });
      if (hadFocus) {
        const buttons = container.querySelectorAll<HTMLElement>('.suggestions [data-testid="suggestion"]');
        buttons[Math.min(Math.max(at, 0), buttons.length - 1)]?.focus();
      }
      await countChoice('dismissed', phrase.id);
    },
    setCollapsed,
    resize: (width, done) => {
      update({ width });
      applyLayout();
      if (done) setPrefs({ width });
    },
    returnToEditor: () => {
      const editor = replyEditor();
      if (editor) focus.restore(editor);
    },
  };

  doc.addEventListener('input', scheduleLint, { capture: true, signal: abort.signal });
  const watcher = watchPage({
    root: doc.body,
    ignore: (node) => isOwnUi(node) || adapter.isInsideEditor(node),
    onChange: () => refreshTicket(),
  });
  applyLayout();
  refreshTicket();
  // A draft already in the reply box (the sidebar switched on or opened late) is checked at once.
  if (draft()) refreshLint(false);

  // Stored pins and history arrive a moment after the first render; pins also follow other tabs.
  void Promise.all([pinnedPhrases.get(), choiceHistory.get()])
    .then(([pins, stored]) => {
      pinIds = pins;
      history = stored;
      if (!abort.signal.aborted) refreshTicket(true);
    })
    .catch(() => undefined); // storage unavailable: no pins, no history, suggestions still work
  const stopPinWatch = pinnedPhrases.watch((pins) => {
    pinIds = pins;
    update({ pinned: pinnedViews() });
  });

  return {
    /** Re-read now (on single-page navigation). */
    refresh: watcher.schedule,
    /**
     * A new bank (the agent saved in the options page, or a new team bank arrived): everything shown is worked
     * out again on it, in place, so the search typed, the focus and what was hidden on this ticket all stay.
     */
    setEngine: (next: Engine) => {
      engine = next;
      refreshTicket(true);
      if (state.searchQuery) runSearch(state.searchQuery);
      refreshLint(false);
    },
    /** Width or collapsed state changed elsewhere (another tab on this site). */
    applyPrefs: (next: SitePrefs) => {
      prefs = next;
      if (next.collapsed === state.collapsed && next.width === state.width) return;
      update({ collapsed: next.collapsed, width: next.width });
      applyLayout();
    },
    /** The toggle command: open ↔ slim tab. Closing with focus inside gives the editor back. */
    toggle: () => {
      const closing = !state.collapsed;
      const hadFocus = shadowFocus() !== null;
      setCollapsed(closing);
      if (closing && hadFocus) actions.returnToEditor();
    },
    /** The focus-search command: opens the panel if needed and puts the caret in the search box. */
    focusSearch: () => {
      setCollapsed(false);
      const input = container.querySelector<HTMLInputElement>('[data-testid="search"]');
      input?.focus();
      input?.select();
    },
    status: (): Omit<TabStatus, 'hostname' | 'enabled'> => ({ helpdeskLabel: state.helpdeskLabel, ticketId: state.ticketId }),
    stop: () => {
      watcher.stop();
      abort.abort();
      stopPinWatch();
      focus.dispose();
      if (lintTimer !== undefined) clearTimeout(lintTimer);
      render(null, container);
    },
  };
}

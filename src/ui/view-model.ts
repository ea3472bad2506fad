import type { Category, Evidence, LintFinding, Mood, Playbook, ReplyStage, Situation } from '../engine/types';

/** A piece of a phrase as it will be inserted: plain text, a filled value, or a gap the agent must fill. */
export interface TextSegment {
  kind: 'text' | 'value' | 'missing' | 'slot';
  text: string;
  name?: string;
}

/** A phrase ready to show and insert: placeholders already filled from the ticket. */
export interface PhraseView {
  id: string;
  category: Category;
  stage: ReplyStage;
  segments: TextSegment[];
  /** `{{fill:…}}` slots the agent is asked for before inserting. */
  slots: string[];
  reasons: string[];
}

export interface ChipView<T extends string> {
  id: T;
  label: string;
  evidence: Evidence[];
}

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

/** Everything the sidebar shows. The content script computes it; the sidebar only renders it. */
export interface SidebarState {
  helpdeskLabel: string;
  ticketId?: string;
  /** Set when the page's markup was not recognised and the generic reader is in use. */
  fallbackReason?: string;
  mood: (ChipView<Mood> & { intensity: number }) | null;
  abusive: boolean;
  situations: ChipView<Situation>[];
  playbook?: Playbook;
  suggestions: PhraseView[];
  lint: LintFinding[];
  /** Set while the draft is too long to check as the agent types: its length, and the most the check reads. */
  lintPaused?: { length: number; limit: number };
  /** Phrases the agent pinned, shown above the suggestions (filled for this ticket). */
  pinned: PhraseView[];
  searchQuery: string;
  /** Category filter chips switched on; none = every category. */
  searchCategories: Category[];
  searchResults: PhraseView[];
  notice?: Notice;
  collapsed: boolean;
  /** Panel width in CSS pixels (SIDEBAR_WIDTH bounds). */
  width: number;
}

export interface SidebarActions {
  insert(phrase: PhraseView, slotValues: Record<string, string>): void;
  fixLint(finding: LintFinding, replacement: string): void;
  search(query: string): void;
  filterSearch(categories: Category[]): void;
  /** Pins an unpinned phrase, unpins a pinned one. */
  togglePin(phrase: PhraseView): void;
  /** "Not helpful": hides it for this ticket and counts against it next time. */
  dismiss(phrase: PhraseView): void;
  setCollapsed(collapsed: boolean): void;
  /** While dragging `done` is false (nothing stored yet); the final width comes with `done` true. */
  resize(width: number, done: boolean): void;
  /** Esc: give the agent their editor back, caret where it was. */
  returnToEditor(): void;
}

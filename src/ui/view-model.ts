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
  searchQuery: string;
  searchResults: PhraseView[];
  notice?: Notice;
  collapsed: boolean;
}

export interface SidebarActions {
  insert(phrase: PhraseView, slotValues: Record<string, string>): void;
  fixLint(finding: LintFinding, replacement: string): void;
  search(query: string): void;
  setCollapsed(collapsed: boolean): void;
  /** Esc: give the agent their editor back, caret where it was. */
  returnToEditor(): void;
}

import type { Analysis, Category, Phrase, Playbook, Suggestion } from '../types';

/** What the agent has picked and dismissed before, counted per phrase id. The caller stores it; the engine never does. */
export interface ChoiceHistory {
  picked: Record<string, number>;
  dismissed: Record<string, number>;
}

export interface SuggestContext {
  /** The agent's current reply draft. */
  draft?: string;
  history?: ChoiceHistory;
  /** How many suggestions to return (default 8). */
  limit?: number;
  /** Phrase ids the agent hid for this ticket ("not helpful"). */
  exclude?: string[];
}

export interface SuggestResult {
  /** In reply order: acknowledge → own → address → next step → close; by score within a stage. */
  suggestions: Suggestion[];
  playbook?: Playbook;
}

export interface SearchOptions {
  categories?: Category[];
  /** Default 20. */
  limit?: number;
}

export interface Suggester {
  suggest(analysis: Analysis, customerText: string, context?: SuggestContext): SuggestResult;
  /** Typo-tolerant search over the bank's text, ids and triggers, best first; '' finds nothing. */
  search(query: string, options?: SearchOptions): Phrase[];
}

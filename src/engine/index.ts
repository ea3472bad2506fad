import { analyse } from './analyse';
import { fillPlaceholders, type FillContext, type FillResult } from './fill';
import { compileRules, lint } from './lint';
import { createSuggester, type SuggestContext, type SuggestResult } from './suggest';
import type { Analysis, Bank, Category, LintFinding, Phrase, TicketSnapshot } from './types';

export type { SuggestContext, SuggestResult, FillContext, FillResult };

/** Everything the extension and the CLI ask of the engine, over one bank whose indexes are built once. */
export interface Engine {
  analyse(ticket: TicketSnapshot | string): Analysis;
  suggest(analysis: Analysis, ticket: TicketSnapshot, context?: SuggestContext): SuggestResult;
  search(query: string, options?: { categories?: Category[]; limit?: number }): Phrase[];
  lint(draft: string): LintFinding[];
  fill(text: string, context: FillContext): FillResult;
  phrase(id: string): Phrase | undefined;
}

export function createEngine(bank: Bank): Engine {
  const suggester = createSuggester(bank);
  const rules = compileRules(bank.rules, bank.phrases);
  const byId = new Map(bank.phrases.map((p) => [p.id, p]));
  return {
    analyse,
    suggest: (analysis, ticket, context) => suggester.suggest(analysis, ticket.latestCustomerMessage, context),
    search: (query, options) => suggester.search(query, options),
    lint: (draft) => lint(draft, rules),
    fill: fillPlaceholders,
    phrase: (id) => byId.get(id),
  };
}

import type { Bank } from '../types';
import { buildBankIndex } from './bank-index';
import { createPhraseSearch } from './search';
import { suggestFor } from './suggest';
import type { Suggester } from './types';

/** Builds every index over the bank once; suggestions and searches then only read them. */
export function createSuggester(bank: Bank): Suggester {
  const phrases = Array.isArray(bank?.phrases) ? bank.phrases : [];
  const playbooks = Array.isArray(bank?.playbooks) ? bank.playbooks : [];
  const index = buildBankIndex(phrases);
  const search = createPhraseSearch(index.phrases);
  return {
    suggest: (analysis, customerText, context) => suggestFor(index, playbooks, analysis, customerText, context),
    search,
  };
}

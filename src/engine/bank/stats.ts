import { CATEGORIES, MOODS, SITUATIONS, type Bank } from '../types';

export interface BankStats {
  phrases: number;
  /** Every known category, zero included: a gap is what a team lead looks for. */
  categories: Record<string, number>;
  /** Phrases that name the situation explicitly (an empty list, meaning "any", is not counted). */
  situations: Record<string, number>;
  /** Phrases that name the mood explicitly. */
  moods: Record<string, number>;
  rules: number;
  rulesWithAlternatives: number;
  playbooks: number;
}

function zeroes(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

export function bankStats(bank: Bank): BankStats {
  const categories = zeroes(CATEGORIES);
  const situations = zeroes(SITUATIONS);
  const moods = zeroes(MOODS);
  for (const phrase of bank.phrases) {
    categories[phrase.category] = (categories[phrase.category] ?? 0) + 1;
    for (const s of new Set(phrase.situations)) situations[s] = (situations[s] ?? 0) + 1;
    for (const m of new Set(phrase.moods)) moods[m] = (moods[m] ?? 0) + 1;
  }
  return {
    phrases: bank.phrases.length,
    categories,
    situations,
    moods,
    rules: bank.rules.length,
    rulesWithAlternatives: bank.rules.filter((r) => r.alternatives.length > 0).length,
    playbooks: bank.playbooks.length,
  };
}

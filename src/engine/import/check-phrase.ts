// Runs the bank's own checks on one imported phrase: an import must never add what `composure validate` rejects.
import { validateBankFile } from '../bank';
import type { Phrase } from '../types';

/** The errors, as "field: message". */
export function phraseErrors(phrase: Phrase): string[] {
  return validateBankFile('import', { phrases: [phrase] })
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.field}: ${p.message}`);
}

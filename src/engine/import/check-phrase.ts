// Runs the bank's own checks on one imported phrase: an import must never add what `composure validate` rejects.
import { validateBankFile } from '../bank';
import type { ImportedPhrase } from './types';

/** The errors, as "field: message". */
export function phraseErrors(phrase: ImportedPhrase): string[] {
  return validateBankFile('import', { phrases: [phrase] })
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.field}: ${p.message}`);
}

import { scanJson } from './json-syntax';
import type { Problem } from './problem';
import type { BankFile } from './validate';

/**
 * Parses a bank file's text. A syntax error becomes a Problem with the line and column to look at, never an
 * exception; so does a key written twice in one object (JSON keeps the last value and silently drops the first,
 * so an edit to the first copy would never show). A leading byte-order mark, which some Windows editors add, is
 * not an error.
 */
export function parseBankJson(fileName: string, text: string): { file?: BankFile; problems: Problem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const { error, duplicateKeys } = scanJson(body);
  const problems: Problem[] = duplicateKeys.map(({ key, line, column }) => ({
    file: fileName,
    field: 'JSON',
    severity: 'error',
    line,
    column,
    message: `"${key}" is written twice in the same object; only this last one counts — remove one of them`,
  }));
  try {
    return { file: { fileName, data: JSON.parse(body) }, problems };
  } catch (parseError) {
    if (error) problems.push({ file: fileName, field: 'JSON', severity: 'error', line: error.line, column: error.column, message: error.message });
    // Our scanner found nothing the parser rejects: fall back to the parser's own words.
    else problems.push({ file: fileName, field: 'JSON', severity: 'error', message: parseError instanceof Error ? parseError.message : String(parseError) });
    return { problems };
  }
}

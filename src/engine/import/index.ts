// Importing a team's existing replies: Zendesk macros, Freshdesk canned responses, a CSV sheet, or another bank
// file (JSON or YAML). Pure: the caller reads the file and decides, from the preview, whether to keep the merged
// bank. `exportBank` writes phrases back as a bank file the bank importer reads.
export { importInto, IMPORTERS, type ImportPlan, type ImportOptions } from './merge';
export { importZendesk } from './zendesk';
export { importFreshdesk } from './freshdesk';
export { importCsv } from './csv';
export { importBankFile, bankFormatOfName, bankFormatOfText, type BankFormat } from './bank-format';
export { exportBank } from './export';
export { IMPORT_SOURCES, type ImportSource, type ImportRow, type ImportResult, type ImportStatus, type FileProblem } from './types';

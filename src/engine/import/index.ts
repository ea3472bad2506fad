// Importing a team's existing replies: Zendesk macros, Freshdesk canned responses, a CSV sheet, or another bank
// file. Pure: the caller reads the file and decides, from the preview, whether to keep the merged bank.
export { importInto, IMPORTERS, type ImportPlan } from './merge';
export { importZendesk } from './zendesk';
export { importFreshdesk } from './freshdesk';
export { importCsv } from './csv';
export { importBankFile } from './bank-format';
export { IMPORT_SOURCES, type ImportSource, type ImportRow, type ImportResult, type ImportStatus, type FileProblem } from './types';

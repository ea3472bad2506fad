// Loading and checking the phrase bank: what the extension, the CLI and the tests use.
export { validateBank, validateBankFile, parseBank, type BankFile } from './validate';
export { parseBankJson } from './parse-json';
export { bankStats, type BankStats } from './stats';
export { formatProblem, type Problem } from './problem';

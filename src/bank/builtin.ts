import { createEngine, type Engine } from '../engine';
import { parseBank } from '../engine/bank';

// The phrase bank shipped with the extension: every JSON file of phrasebank/ except the analysers' lexicons
// (signals/) and the JSON Schema, bundled at build time. `composure validate` checks these files in `npm test`.
const modules = import.meta.glob<unknown>(['/phrasebank/**/*.json', '!/phrasebank/signals/**', '!/phrasebank/schema/**'], {
  eager: true,
  import: 'default',
});

let engine: Engine | undefined;

/** The engine over the built-in bank, built on first use (indexes once per page). */
export function builtinEngine(): Engine {
  engine ??= createEngine(parseBank(Object.entries(modules).map(([fileName, data]) => ({ fileName, data }))));
  return engine;
}

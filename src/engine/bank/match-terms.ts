// Checks the word sequences the engine searches for: phrase triggers (in customer text) and rule patterns (in the
// agent's draft). Matching works on words, ignoring case and punctuation. A trigger word may end in `*` to match
// by prefix; the draft check matches whole words only, so a pattern may not.
import { tokenise } from '../text/tokenise';
import type { ProblemSink } from './problem';

/** A prefix shorter than this matches too many unrelated words ("re*" → "refund", "really", "read"…). */
const MIN_PREFIX = 3;

/** Reports what in one trigger or pattern would make it match nothing or far too much. */
export function checkMatchTerm(term: string, field: string, sink: ProblemSink, kind: 'trigger' | 'pattern'): void {
  if (tokenise(term.replace(/\*/g, ' ')).length === 0) {
    sink.error(field, `"${term}" has no words to match: write the words to look for, like "${kind === 'trigger' ? 'charged twice' : 'calm down'}"`);
    return;
  }
  if (kind === 'pattern') {
    if (term.includes('*')) sink.error(field, `"${term}": patterns match whole words, "*" is not supported here; list each form as its own pattern`);
    return;
  }
  for (const piece of term.trim().split(/\s+/)) {
    const stem = piece.endsWith('*') ? piece.slice(0, -1) : piece;
    if (stem.includes('*')) {
      sink.error(field, `"${piece}": "*" may only end a word, to match by prefix (like "cancel*")`);
      continue;
    }
    if (piece.endsWith('*') && tokenise(stem).length === 0) {
      sink.error(field, `"${piece}": "*" must follow the start of a word, like "cancel*"`);
      continue;
    }
    const lastWord = tokenise(stem).at(-1);
    if (piece.endsWith('*') && lastWord && lastWord.word.length < MIN_PREFIX) {
      sink.warn(field, `"${piece}": a prefix of under ${MIN_PREFIX} letters matches too many unrelated words`);
    }
  }
}

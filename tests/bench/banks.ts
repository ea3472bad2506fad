// Phrase banks of the sizes a large support team reaches (5 000 and 50 000 phrases), grown from ours: each clone
// gets a new id, a shuffled share of the bank's triggers and situations, and lightly varied text — a few words
// swapped for words customers use, now and then a new trigger made of customer words — so the bigger banks have
// the bigger vocabularies and trigger lists that real ones do, not 100 copies of the same 400 phrases.
import { loadBank } from '../../src/cli/load-bank';
import { SITUATIONS, type Bank, type Phrase } from '../../src/engine/types';
import { tokenise } from '../../src/engine/text/tokenise';
import { pick, seededRandom, shuffled, type Corpus } from './corpus';

/** Our bank, as the CLI reads it; the benchmark stops when it does not validate. */
export function ourBank(): Bank {
  const { bank, problems } = loadBank();
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`our phrase bank has errors: ${errors.map((p) => `${p.file} ${p.field}: ${p.message}`).join('; ')}`);
  return bank;
}

/** Words customers write, of 4+ letters, as candidates for varied text and new triggers. */
function customerWords(corpus: Corpus): string[] {
  const words = new Set<string>();
  for (const text of corpus.requests) for (const { word } of tokenise(text)) if (/^[a-z]{4,}$/.test(word)) words.add(word);
  return [...words].sort();
}

const PLACEHOLDER = /(\{\{[^}]*\}\})/;

/** Swaps one or two plain words of the text (never a placeholder) for a customer word. */
function varyText(text: string, vocabulary: readonly string[], random: () => number): string {
  return text
    .split(PLACEHOLDER)
    .map((piece) => {
      if (PLACEHOLDER.test(piece)) return piece;
      return piece.replace(/\b[a-z]{5,}\b/g, (word) => (random() < 0.12 ? pick(vocabulary, random) : word));
    })
    .join('');
}

export function expandBank(base: Bank, size: number, corpus: Corpus, seed = 7): Bank {
  const random = seededRandom(seed);
  const vocabulary = customerWords(corpus);
  const allTriggers = [...new Set(base.phrases.flatMap((p) => p.triggers))];
  const phrases: Phrase[] = [...base.phrases];
  for (let n = 0; phrases.length < size; n++) {
    const source = base.phrases[n % base.phrases.length]!;
    const triggers = shuffled(allTriggers, random).slice(0, 2 + Math.floor(random() * 3));
    // About one clone in three brings a trigger no other phrase has, as a team's own macros do.
    if (random() < 0.35) triggers.push(`${pick(vocabulary, random)} ${pick(vocabulary, random)}`);
    const situations = random() < 0.25 ? [] : shuffled(SITUATIONS, random).slice(0, 1 + Math.floor(random() * 2));
    phrases.push({
      ...source,
      id: `${source.id}-${n}`,
      text: varyText(source.text, vocabulary, random),
      triggers: [...new Set([...source.triggers.slice(0, 1), ...triggers])],
      situations,
    });
  }
  return { ...base, phrases };
}

// English contractions, read every way a fast-typing agent may write them. A word has one or more *readings*,
// each a sequence of canonical words: "that's" reads as "thats", "that is" or "that has"; "can't" and "cannot"
// both read as "can not". Patterns and drafts are compared through their readings, so "that's not my job"
// catches "that is not my job", "thats not my job" and "That’s NOT my job" alike.
//
// The first reading is always the word itself with its apostrophes dropped, so "that's" and "thats" (the
// apostrophe forgotten) meet even before any expansion, and a possessive ("the customer's") keeps its own
// reading beside the "is"/"has" ones.

export type Reading = readonly string[];

/** Endings that mark a contraction when an apostrophe is present ("you're", "we've", "she'll", "i'd", "i'm"). */
const SUFFIXES: ReadonlyArray<readonly [suffix: string, expansions: readonly string[]]> = [
  ["n't", ['not']],
  ["'re", ['are']],
  ["'ve", ['have']],
  ["'ll", ['will']],
  ["'d", ['would', 'had']],
  ["'m", ['am']],
  ["'s", ['is', 'has']],
];

/** Stems that change before "n't": won't = will not, can't = can not, shan't = shall not, ain't = is/am/are not. */
const IRREGULAR_NOT_STEMS: Readonly<Record<string, readonly string[]>> = {
  wo: ['will'],
  ca: ['can'],
  sha: ['shall'],
  ai: ['is', 'am', 'are', 'has', 'have'],
};

/** Contractions whose expansion is not stem + suffix, or that drop letters. */
const IRREGULAR: Readonly<Record<string, readonly Reading[]>> = {
  cannot: [['can', 'not']],
  "let's": [['let', 'us']],
};

/**
 * Contractions agents commonly type without the apostrophe. Only these are expanded when the apostrophe is
 * missing. "its", "well" and "ill" are words too and keep that reading beside the expanded one: a pattern
 * must match all its words, so "well" only reads as "we will" where a whole "we will …" pattern follows. Left
 * out because the word is far more common and the rest of a pattern often follows it too: "were" ("staff were
 * unable to" is not "we are unable to"), and "hell", "shed", "id".
 */
const TYPED_WITHOUT_APOSTROPHE = [
  "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't",
  "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "needn't", "ain't", "shan't",
  "i'm", "i've", "i'll", "you're", "you've", "you'll", "you'd", "we've", "we'll",
  "they're", "they've", "they'll", "they'd", "he's", "she's", "it's", "that's", "there's", "here's",
  "what's", "who's", "where's", "how's", "let's", "it'll", "that'll", "there'll", "what're",
];

const BY_MISSING_APOSTROPHE = new Map<string, readonly Reading[]>(
  TYPED_WITHOUT_APOSTROPHE.map((word) => [word.replace(/'/g, ''), expandWithApostrophe(word)]),
);

/** Own keys only: a draft word like "constructor" must not find Object.prototype's members. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function expandWithApostrophe(word: string): Reading[] {
  const irregular = own(IRREGULAR, word);
  if (irregular) return [...irregular];
  for (const [suffix, expansions] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const stem = word.slice(0, -suffix.length);
    if (suffix === "n't") {
      const stems = own(IRREGULAR_NOT_STEMS, stem) ?? [stem];
      return stems.map((s) => [s, 'not']);
    }
    // A stem that still holds an apostrophe ("y'all'd") is too odd to split reliably.
    if (stem.includes("'")) return [];
    return expansions.map((e) => [stem, e]);
  }
  return [];
}

const cache = new Map<string, readonly Reading[]>();
const CACHE_LIMIT = 50_000;

/**
 * Every reading of one word (lower-case, apostrophes straightened, as the tokeniser gives it). The first reading
 * is the word without apostrophes; expansions follow, without duplicates.
 */
export function readingsOf(word: string): readonly Reading[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const literal = word.includes("'") ? word.replace(/'/g, '') : word;
  const expansions = word.includes("'") ? expandWithApostrophe(word) : (BY_MISSING_APOSTROPHE.get(word) ?? own(IRREGULAR, word) ?? []);
  const readings: Reading[] = [[literal]];
  const seen = new Set([literal]);
  for (const reading of expansions) {
    const key = reading.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    readings.push(reading);
  }
  // Drafts are bounded in vocabulary, but a pathological one (a megabyte of random words) must not grow memory.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, readings);
  return readings;
}

// Ids for the agent's own phrases and rules, made from their words so that a bank file stays readable.

/** Up to five of the text's words, placeholders and accents left out: "We're sorry — désolé" → "were-sorry-desole". */
export function slugWords(text: string, fallback: string): string {
  const words = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 5);
  return words.join('-').slice(0, 40).replace(/-+$/, '') || fallback;
}

/** `base`, or `base-2`, `base-3`… the first one not taken. */
export function unusedId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * The built-in entries the options page lists: with a query, those whose text holds every word of it; with none,
 * those switched off (what the agent is most likely to want back). A few hundred entries: a plain scan per
 * keystroke is instant.
 */
export function builtinMatches<T extends { id: string }>(items: readonly T[], query: string, textOf: (item: T) => string, off: ReadonlySet<string>): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.filter((item) => off.has(item.id));
  return items.filter((item) => {
    const text = textOf(item).toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

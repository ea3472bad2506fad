// Ids for imported phrases: `<category>.imported-<slug of the title>`, so they are recognisable as imported,
// stable across re-imports of the same macro, and never collide with a hand-written phrase.
import type { Category } from '../types';

const MAX_SLUG = 40;

/** "Rückerstattung: Teil 2" → "ruckerstattung-teil-2"; '' when nothing Latin is left (a CJK title). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > MAX_SLUG / 2 ? cut.slice(0, lastDash) : cut;
}

/** The id a title would get, before making it unique; a title with no Latin letters is named by its row. */
export function importedId(category: Category, title: string, row: number | string): string {
  return `${category}.imported-${slugify(title) || slugify(`row-${row}`)}`;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. Adds the id it returns to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

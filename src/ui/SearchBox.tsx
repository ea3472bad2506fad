import { CATEGORIES, type Category } from '../engine/types';
import { CATEGORY_LABELS } from './labels';
import { PhraseCard } from './PhraseCard';
import type { SidebarActions, SidebarState } from './view-model';

function CategoryFilter({ selected, actions }: { selected: Category[]; actions: SidebarActions }) {
  const toggle = (category: Category) =>
    actions.filterSearch(selected.includes(category) ? selected.filter((c) => c !== category) : [...selected, category]);
  return (
    <div class="filters" role="group" aria-label="Only these categories">
      {CATEGORIES.map((category) => (
        <button
          type="button"
          key={category}
          class="filter"
          data-testid="category-filter"
          data-category={category}
          aria-pressed={selected.includes(category)}
          onClick={() => toggle(category)}
        >
          {CATEGORY_LABELS[category]}
        </button>
      ))}
    </div>
  );
}

/**
 * Fuzzy search over the whole bank. Category chips narrow it; they appear once the agent searches, so the
 * resting sidebar stays short. Results sit above the suggestions; ArrowDown moves into them.
 */
export function SearchBox({ state, actions, pinnedIds }: { state: SidebarState; actions: SidebarActions; pinnedIds: ReadonlySet<string> }) {
  const searching = state.searchQuery.trim() !== '';
  return (
    <section class="search" aria-label="Search phrases">
      <input
        type="search"
        data-testid="search"
        placeholder="Search all phrases…"
        aria-label="Search all phrases"
        autoComplete="off"
        spellcheck={false}
        value={state.searchQuery}
        onInput={(event) => actions.search((event.target as HTMLInputElement).value)}
      />
      {(searching || state.searchCategories.length > 0) && <CategoryFilter selected={state.searchCategories} actions={actions} />}
      {searching && (
        <ul role="list" class="search-results" aria-label="Search results">
          {state.searchResults.length === 0 && <li class="empty">No phrase matches “{state.searchQuery}”.</li>}
          {state.searchResults.map((phrase) => (
            <PhraseCard
              key={phrase.id}
              phrase={phrase}
              onInsert={actions.insert}
              pinned={pinnedIds.has(phrase.id)}
              onTogglePin={actions.togglePin}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

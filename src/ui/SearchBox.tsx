import { PhraseCard } from './PhraseCard';
import type { SidebarActions, SidebarState } from './view-model';

/** Fuzzy search over the whole bank; results replace nothing, they sit above the suggestions. */
export function SearchBox({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  return (
    <section class="search" aria-label="Search phrases">
      <input
        type="search"
        data-testid="search"
        placeholder="Search phrases…"
        aria-label="Search all phrases"
        value={state.searchQuery}
        onInput={(event) => actions.search((event.target as HTMLInputElement).value)}
      />
      {state.searchQuery.trim() !== '' && (
        <ul role="list" class="search-results" aria-label="Search results">
          {state.searchResults.length === 0 && <li class="empty">No phrase matches “{state.searchQuery}”.</li>}
          {state.searchResults.map((phrase) => (
            <PhraseCard key={phrase.id} phrase={phrase} onInsert={actions.insert} />
          ))}
        </ul>
      )}
    </section>
  );
}

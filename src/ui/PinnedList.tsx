import { PhraseCard } from './PhraseCard';
import type { PhraseView, SidebarActions } from './view-model';

/** The agent's favourites, on every ticket, above the suggestions. Absent until something is pinned. */
export function PinnedList({ pinned, actions }: { pinned: PhraseView[]; actions: SidebarActions }) {
  if (pinned.length === 0) return null;
  return (
    <section class="pinned" aria-label="Pinned phrases" data-testid="pinned">
      <h2>Pinned</h2>
      <ul role="list">
        {pinned.map((phrase) => (
          <PhraseCard key={phrase.id} phrase={phrase} onInsert={actions.insert} pinned onTogglePin={actions.togglePin} />
        ))}
      </ul>
    </section>
  );
}

import { STAGE_LABELS } from './labels';
import { PhraseCard } from './PhraseCard';
import type { PhraseView, SidebarActions } from './view-model';

/**
 * Suggestions in the order a good reply is built (acknowledge → own → address → next step → close), as the
 * engine orders them, with a heading where the stage changes. Position n is what number key n inserts.
 */
export function SuggestionList({ suggestions, actions }: { suggestions: PhraseView[]; actions: SidebarActions }) {
  if (suggestions.length === 0) {
    return <p class="empty">No suggestions yet: open a ticket with a customer message.</p>;
  }
  const groups: { stage: PhraseView['stage']; items: { phrase: PhraseView; position: number }[] }[] = [];
  suggestions.forEach((phrase, i) => {
    const last = groups[groups.length - 1];
    if (last?.stage === phrase.stage) last.items.push({ phrase, position: i + 1 });
    else groups.push({ stage: phrase.stage, items: [{ phrase, position: i + 1 }] });
  });
  return (
    <section class="suggestions" aria-label="Suggested phrases">
      {groups.map((group) => (
        <div class="stage" key={`${group.stage}-${group.items[0]!.position}`}>
          <h3>{STAGE_LABELS[group.stage]}</h3>
          <ul role="list">
            {group.items.map(({ phrase, position }) => (
              <PhraseCard key={phrase.id} phrase={phrase} position={position} onInsert={actions.insert} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

import { useLayoutEffect, useRef } from 'preact/hooks';
import { STAGE_LABELS } from './labels';
import { PhraseCard } from './PhraseCard';
import type { PhraseView, SidebarActions } from './view-model';

interface Props {
  suggestions: PhraseView[];
  pinnedIds: ReadonlySet<string>;
  actions: SidebarActions;
  /** The list keeps its tallest height until this changes (another ticket, another width). */
  heightKey: string;
}

/**
 * Never shrinks while the agent stays on one ticket: when a new message re-ranks the suggestions, what sits
 * below the list (and the card under the pointer) does not jump up.
 */
function useStableHeight(heightKey: string) {
  const ref = useRef<HTMLElement>(null);
  const tallest = useRef({ key: heightKey, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (tallest.current.key !== heightKey) {
      tallest.current = { key: heightKey, height: 0 };
      element.style.minHeight = '';
    }
    const height = element.offsetHeight;
    if (height > tallest.current.height) {
      tallest.current.height = height;
      element.style.minHeight = `${height}px`;
    }
  });
  return ref;
}

/**
 * Suggestions in the order a good reply is built (acknowledge → own → address → next step → close), as the
 * engine orders them, with a heading where the stage changes. Position n is what number key n inserts.
 */
export function SuggestionList({ suggestions, pinnedIds, actions, heightKey }: Props) {
  const ref = useStableHeight(heightKey);
  const groups: { stage: PhraseView['stage']; items: { phrase: PhraseView; position: number }[] }[] = [];
  suggestions.forEach((phrase, i) => {
    const last = groups[groups.length - 1];
    if (last?.stage === phrase.stage) last.items.push({ phrase, position: i + 1 });
    else groups.push({ stage: phrase.stage, items: [{ phrase, position: i + 1 }] });
  });
  return (
    <section class="suggestions" aria-label="Suggested phrases" ref={ref}>
      {suggestions.length === 0 && <p class="empty">No suggestions yet: open a ticket with a customer message.</p>}
      {groups.map((group) => (
        <div class="stage" key={`${group.stage}-${group.items[0]!.position}`}>
          <h3>{STAGE_LABELS[group.stage]}</h3>
          <ul role="list">
            {group.items.map(({ phrase, position }) => (
              <PhraseCard
                key={phrase.id}
                phrase={phrase}
                position={position}
                onInsert={actions.insert}
                pinned={pinnedIds.has(phrase.id)}
                onTogglePin={actions.togglePin}
                onDismiss={actions.dismiss}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

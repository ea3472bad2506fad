import type { Evidence } from '../engine/types';
import { MOOD_LABELS } from './labels';
import type { SidebarState } from './view-model';

/** "because: “where is my order”, “third time”" — the words in the ticket that led to a chip. */
function because(evidence: Evidence[]): string {
  const quotes = [...new Set(evidence.map((e) => e.text.trim()).filter(Boolean))].slice(0, 5);
  return quotes.length ? `Because the customer wrote: ${quotes.map((q) => `“${q}”`).join(', ')}` : 'No direct evidence';
}

export function Chips({ state }: { state: SidebarState }) {
  const { mood, situations, abusive } = state;
  return (
    <section class="chips" aria-label="What the customer needs">
      {mood && (
        <span
          class={`chip mood mood-${mood.id}`}
          data-testid="mood"
          data-mood={mood.id}
          tabIndex={0}
          title={because(mood.evidence)}
          aria-label={`Mood: ${MOOD_LABELS[mood.id]}. ${because(mood.evidence)}`}
        >
          {MOOD_LABELS[mood.id]}
        </span>
      )}
      {abusive && (
        <span class="chip abusive" data-testid="abusive" tabIndex={0} title="Abusive language: set a calm boundary">
          Abusive language
        </span>
      )}
      {situations.map((s) => (
        <span
          key={s.id}
          class="chip situation"
          data-testid="situation"
          data-situation={s.id}
          tabIndex={0}
          title={because(s.evidence)}
          aria-label={`Situation: ${s.label}. ${because(s.evidence)}`}
        >
          {s.label}
        </span>
      ))}
    </section>
  );
}

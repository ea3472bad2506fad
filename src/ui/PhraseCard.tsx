import { useState } from 'preact/hooks';
import { CATEGORY_LABELS } from './labels';
import type { PhraseView, TextSegment } from './view-model';

/** Keeps the agent's caret in the helpdesk editor: a mouse press on our buttons must not take focus. */
export const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

function Segments({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <mark key={i} class={`seg-${segment.kind}`} title={segment.kind === 'value' ? 'Filled from the ticket' : 'Needs a value'}>
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}

interface Props {
  phrase: PhraseView;
  /** 1-based position, shown as the number key that inserts it. */
  position?: number;
  onInsert: (phrase: PhraseView, slotValues: Record<string, string>) => void;
}

/**
 * One phrase: a button that inserts it. Phrases with `{{fill:…}}` slots first open a small inline form asking
 * for each value; Enter inserts, Esc cancels.
 */
export function PhraseCard({ phrase, position, onInsert }: Props) {
  const [asking, setAsking] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const needsInput = phrase.slots.length > 0;
  const submit = () => {
    onInsert(phrase, values);
    setAsking(false);
  };
  return (
    <li class="phrase" data-phrase-id={phrase.id}>
      <button
        type="button"
        class="phrase-button"
        data-testid="suggestion"
        data-phrase-id={phrase.id}
        data-category={phrase.category}
        onMouseDown={needsInput ? undefined : keepEditorFocus}
        onClick={() => (needsInput ? setAsking(true) : onInsert(phrase, {}))}
        aria-expanded={needsInput ? asking : undefined}
      >
        <span class="phrase-meta">
          {position !== undefined && position <= 9 && <kbd aria-hidden="true">{position}</kbd>}
          <span class="category">{CATEGORY_LABELS[phrase.category]}</span>
        </span>
        <span class="phrase-text">
          <Segments segments={phrase.segments} />
        </span>
        {phrase.reasons.length > 0 && <span class="why">{phrase.reasons.join(' · ')}</span>}
      </button>
      {asking && (
        <form
          class="slots"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setAsking(false);
            }
          }}
        >
          {phrase.slots.map((slot, i) => (
            <label key={slot}>
              <span>{slot.replace(/_/g, ' ')}</span>
              <input
                data-testid="slot-input"
                data-slot={slot}
                autoFocus={i === 0}
                value={values[slot] ?? ''}
                onInput={(event) => setValues({ ...values, [slot]: (event.target as HTMLInputElement).value })}
              />
            </label>
          ))}
          <button type="submit" data-testid="slot-insert">
            Insert
          </button>
        </form>
      )}
    </li>
  );
}

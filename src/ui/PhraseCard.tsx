import { useLayoutEffect, useRef, useState } from 'preact/hooks';
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
  /** Shown with a pin button when given. */
  pinned?: boolean;
  onTogglePin?: (phrase: PhraseView) => void;
  /** Shown with a "not helpful" button when given (suggestions only). */
  onDismiss?: (phrase: PhraseView) => void;
}

/** Pin and "not helpful": small buttons at the card's top right, reached with Tab after the card. */
function CardTools({ phrase, pinned, onTogglePin, onDismiss }: Omit<Props, 'onInsert' | 'position'>) {
  if (!onTogglePin && !onDismiss) return null;
  return (
    <span class="tools">
      {onTogglePin && (
        <button
          type="button"
          class={`tool pin${pinned ? ' on' : ''}`}
          data-testid="pin"
          aria-pressed={pinned ?? false}
          aria-label={pinned ? 'Unpin this phrase' : 'Pin this phrase'}
          title={pinned ? 'Unpin' : 'Pin to the top'}
          onMouseDown={keepEditorFocus}
          onClick={() => onTogglePin(phrase)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
            <path d="M8 1.5l1.9 4 4.3.5-3.2 2.9.9 4.3L8 11l-3.9 2.2.9-4.3L1.8 6l4.3-.5z" />
          </svg>
        </button>
      )}
      {onDismiss && (
        <button
          type="button"
          class="tool dismiss"
          data-testid="dismiss"
          aria-label="Not helpful: hide this suggestion"
          title="Not helpful"
          onMouseDown={keepEditorFocus}
          onClick={() => onDismiss(phrase)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      )}
    </span>
  );
}

/**
 * One phrase: a button that inserts it. Phrases with `{{fill:…}}` slots first open a small inline form asking
 * for each value; Enter inserts, Esc cancels.
 */
export function PhraseCard({ phrase, position, onInsert, pinned, onTogglePin, onDismiss }: Props) {
  const [asking, setAsking] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({});
  const needsInput = phrase.slots.length > 0;
  const form = useRef<HTMLFormElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The first value is asked for at once: the caret goes to its field as the form opens (a layout effect, so
  // there is no frame in which a keystroke lands elsewhere).
  useLayoutEffect(() => {
    if (asking) form.current?.querySelector('input')?.focus();
  }, [asking]);
  const submit = () => {
    onInsert(phrase, values);
    setAsking(false);
  };
  return (
    <li class="phrase" data-phrase-id={phrase.id}>
      <button
        ref={button}
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
      <CardTools phrase={phrase} pinned={pinned} onTogglePin={onTogglePin} onDismiss={onDismiss} />
      {asking && (
        <form
          ref={form}
          class="slots"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              setAsking(false);
              button.current?.focus(); // back to the phrase the agent opened, not lost to the page
            }
          }}
        >
          {phrase.slots.map((slot) => (
            <label key={slot}>
              <span>{slot.replace(/_/g, ' ')}</span>
              <input
                data-testid="slot-input"
                data-slot={slot}
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

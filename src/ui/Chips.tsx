import { useState } from 'preact/hooks';
import type { Evidence } from '../engine/types';
import type { SidebarState } from './view-model';

interface ChipModel {
  key: string;
  /** Said before the label to screen readers ("Mood", "Situation"). */
  kind: string;
  label: string;
  className: string;
  evidence: Evidence[];
  /** When there are no words to quote. */
  fallback: string;
  attributes: Record<string, string>;
}

/** The distinct words in the ticket that led to a chip, at most five. */
function quotes(evidence: Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.text.trim()).filter(Boolean))].slice(0, 5);
}

function chipModels(state: SidebarState): ChipModel[] {
  const chips: ChipModel[] = [];
  const { mood, abusive, situations } = state;
  if (mood) {
    chips.push({
      key: 'mood',
      kind: 'Mood',
      label: mood.label,
      className: `chip mood mood-${mood.id}`,
      evidence: mood.evidence,
      fallback: 'Nothing in the latest message reads as upset.',
      attributes: { 'data-testid': 'mood', 'data-mood': mood.id },
    });
  }
  if (abusive) {
    chips.push({
      key: 'abusive',
      kind: 'Warning',
      label: 'Abusive language',
      className: 'chip abusive',
      evidence: [],
      fallback: 'The customer used abusive language: answer the problem, and set one calm boundary.',
      attributes: { 'data-testid': 'abusive' },
    });
  }
  for (const s of situations) {
    chips.push({
      key: `situation-${s.id}`,
      kind: 'Situation',
      label: s.label,
      className: 'chip situation',
      evidence: s.evidence,
      fallback: 'Read from the ticket as a whole.',
      attributes: { 'data-testid': 'situation', 'data-situation': s.id },
    });
  }
  return chips;
}

/**
 * Mood and situation chips. Each explains itself — with the words in the ticket that triggered it — in a
 * tooltip shown on hover and on keyboard focus (and toggled by a click, for touch). The tooltip overlays what
 * is below it, so showing it moves nothing.
 */
export function Chips({ state }: { state: SidebarState }) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [clicked, setClicked] = useState<string | null>(null);
  const chips = chipModels(state);
  const open = focused ?? hovered ?? clicked;
  return (
    <section class="chips" aria-label="What the customer needs" onMouseLeave={() => setHovered(null)}>
      <div class="chip-row">
        {chips.map((chip) => (
          <button
            type="button"
            key={chip.key}
            class={chip.className}
            {...chip.attributes}
            aria-describedby={`composure-tip-${chip.key}`}
            onMouseEnter={() => setHovered(chip.key)}
            onFocus={() => setFocused(chip.key)}
            onBlur={() => setFocused(null)}
            onClick={() => setClicked(clicked === chip.key ? null : chip.key)}
          >
            <span class="visually-hidden">{chip.kind}: </span>
            {chip.label}
          </button>
        ))}
      </div>
      {chips.map((chip) => {
        const words = quotes(chip.evidence);
        return (
          <div
            key={chip.key}
            id={`composure-tip-${chip.key}`}
            role="tooltip"
            class="tip"
            data-testid="chip-tip"
            data-for={chip.key}
            hidden={open !== chip.key}
          >
            {words.length === 0 ? (
              chip.fallback
            ) : (
              <>
                <strong>{chip.label}</strong> because the customer wrote:{' '}
                {words.map((word, i) => (
                  <span key={word}>
                    {i > 0 && ', '}
                    <q>{word}</q>
                  </span>
                ))}
              </>
            )}
          </div>
        );
      })}
    </section>
  );
}

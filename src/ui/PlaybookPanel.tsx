import type { Playbook } from '../engine/types';

/** The steps for this moment (e.g. H.E.A.R.D. for an angry customer), folded away with one click. */
export function PlaybookPanel({ playbook }: { playbook?: Playbook }) {
  if (!playbook) return null;
  return (
    <details class="playbook" data-testid="playbook" data-playbook-id={playbook.id} open>
      <summary>{playbook.title}</summary>
      <ol>
        {playbook.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </details>
  );
}

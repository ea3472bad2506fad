import type { Playbook } from '../engine/types';

/**
 * The steps for this moment (e.g. H.E.A.R.D. for an angry customer). Folded by default: its title is already
 * the one-line advice, and the suggestions stay in view; one click (or Enter) unfolds the steps, and it stays as
 * the agent left it while the ticket updates.
 */
export function PlaybookPanel({ playbook }: { playbook?: Playbook }) {
  if (!playbook) return null;
  return (
    <details class="playbook" data-testid="playbook" data-playbook-id={playbook.id}>
      <summary>
        <span class="playbook-label">Playbook</span> {playbook.title}
        <span class="count"> · {playbook.steps.length} steps</span>
      </summary>
      <ol>
        {playbook.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </details>
  );
}

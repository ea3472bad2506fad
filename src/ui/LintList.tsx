import type { LintFinding } from '../engine/types';
import { keepEditorFocus } from './PhraseCard';
import type { SidebarActions, SidebarState } from './view-model';

/** Lines to avoid found in the agent's draft, each with why and one-click replacements. */
export function LintList({ findings, paused, actions }: { findings: LintFinding[]; paused?: SidebarState['lintPaused']; actions: SidebarActions }) {
  if (paused) {
    return (
      <section class="lint" aria-label="Draft check">
        <h2>Draft check</h2>
        <p class="muted" data-testid="lint-paused">
          Paused: this draft is {paused.length.toLocaleString('en')} characters long, and the check reads drafts of up
          to {paused.limit.toLocaleString('en')} while you type.
        </p>
      </section>
    );
  }
  if (findings.length === 0) return null;
  return (
    <section class="lint" aria-label="Draft check">
      <h2>Draft check</h2>
      <ul role="list">
        {findings.map((finding) => (
          <li
            key={`${finding.ruleId}-${finding.start}`}
            class={`lint-issue severity-${finding.severity}`}
            data-testid="lint-issue"
            data-rule-id={finding.ruleId}
          >
            <p>
              <q>{finding.found}</q> — {finding.why}
            </p>
            <div class="fixes">
              {finding.alternatives.slice(0, 3).map((alternative) => (
                <button
                  type="button"
                  key={alternative}
                  data-testid="lint-fix"
                  onMouseDown={keepEditorFocus}
                  onClick={() => actions.fixLint(finding, alternative)}
                >
                  {alternative}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

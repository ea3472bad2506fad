import type { LintFinding } from '../engine/types';
import { keepEditorFocus } from './PhraseCard';
import type { SidebarActions } from './view-model';

/** Lines to avoid found in the agent's draft, each with why and one-click replacements. */
export function LintList({ findings, actions }: { findings: LintFinding[]; actions: SidebarActions }) {
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

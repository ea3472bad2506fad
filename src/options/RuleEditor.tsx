import { useMemo, useState } from 'preact/hooks';
import { SEVERITIES, type LintFinding, type Phrase, type Severity } from '../engine/types';
import { FieldProblems as ProblemsOfField, problemAttributes } from './field-problems';
import { previewFindings, sampleDraft, type RuleDraft, type RuleField, type RuleProblems } from './rule-draft';
import { EditorForm } from './EditorForm';

/** Element ids of this form's problem lists (the phrase form uses `problems-`). */
const ID_PREFIX = 'rule-problems-';

function FieldProblems({ field, problems }: { field: RuleField | 'form'; problems: RuleProblems }) {
  return <ProblemsOfField field={field} problems={problems} idPrefix={ID_PREFIX} />;
}

const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error: never send this',
  warning: 'Warning: usually hurts',
  info: 'Info: worth a second look',
};

/** The sample with what the rule catches marked, and what the sidebar would offer instead. */
function Preview({ sample, findings }: { sample: string; findings: LintFinding[] }) {
  const pieces: (string | LintFinding)[] = [];
  let at = 0;
  for (const finding of findings) {
    pieces.push(sample.slice(at, finding.start), finding);
    at = finding.end;
  }
  pieces.push(sample.slice(at));
  const alternatives = findings[0]?.alternatives ?? [];
  return (
    <div data-testid="rule-preview" aria-live="polite">
      <p class="preview">
        {pieces.map((piece, i) =>
          typeof piece === 'string' ? (
            piece
          ) : (
            <mark key={i} class={`caught severity-${piece.severity}`} data-testid="rule-preview-match">
              {piece.found}
            </mark>
          ),
        )}
      </p>
      {findings.length === 0 ? (
        <p class="muted">Nothing caught in this sample.</p>
      ) : (
        <p class="muted">
          {findings.length} caught. The sidebar offers instead:{' '}
          {alternatives.length ? alternatives.map((a, i) => <q key={i} class="alternative">{a}</q>) : '(no alternative yet)'}
        </p>
      )}
    </div>
  );
}

export interface RuleEditorProps {
  draft: RuleDraft;
  problems: RuleProblems;
  /** The bank's phrases: alternatives written as phrase ids show as the phrase's text in the preview. */
  phrases: readonly Phrase[];
  onChange: (draft: RuleDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The form for one personal line to avoid: every field a rule has, a live preview, problems beside their field. */
export function RuleEditor({ draft, problems, phrases, onChange, onSave, onCancel }: RuleEditorProps) {
  const [ownSample, setOwnSample] = useState('');
  const sample = ownSample.trim() ? ownSample : sampleDraft(draft);
  const findings = useMemo(() => previewFindings(draft, sample, phrases), [draft, sample, phrases]);
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => onChange({ ...draft, [key]: value });
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  const a11y = (field: RuleField) => problemAttributes(problems, field, ID_PREFIX);
  return (
    <EditorForm testId="rule-editor" title={draft.id ? 'Edit line to avoid' : 'New line to avoid'} saveTestId="rule-save" onSave={onSave} onCancel={onCancel}>
      <FieldProblems field="form" problems={problems} />
      <label class="field">
        <span>
          Lines to catch <span class="muted">(one per line; case, apostrophes and contractions don't matter, whole words only)</span>
        </span>
        <textarea
          data-testid="rule-patterns"
          rows={3}
          value={draft.patterns}
          {...a11y('patterns')}
          onInput={(e) => set('patterns', value(e))}
          placeholder={"there's no way to\nnot possible"}
        />
      </label>
      <FieldProblems field="patterns" problems={problems} />
      <label class="field">
        <span>Severity</span>
        <select data-testid="rule-severity" value={draft.severity} onChange={(e) => set('severity', value(e) as Severity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <FieldProblems field="severity" problems={problems} />
      <label class="field">
        <span>
          Why <span class="muted">(one line the agent understands at a glance)</span>
        </span>
        <input
          type="text"
          data-testid="rule-why"
          value={draft.why}
          {...a11y('why')}
          onInput={(e) => set('why', value(e))}
          placeholder="Closes the door; say what you can do instead."
        />
      </label>
      <FieldProblems field="why" problems={problems} />
      <label class="field">
        <span>
          Alternatives <span class="muted">(one per line: a replacement text, or a phrase id like ownership.personally)</span>
        </span>
        <textarea
          data-testid="rule-alternatives"
          rows={3}
          value={draft.alternatives}
          {...a11y('alternatives')}
          onInput={(e) => set('alternatives', value(e))}
          placeholder="Here's what I can do"
        />
      </label>
      <FieldProblems field="alternatives" problems={problems} />
      <div class="preview-box">
        <label class="field">
          <span class="muted">Preview: try it on a draft of yours (empty = a sample reply holding each line)</span>
          <textarea data-testid="rule-sample" rows={2} value={ownSample} onInput={(e) => setOwnSample(value(e))} placeholder={sampleDraft(draft)} />
        </label>
        <Preview sample={sample} findings={findings} />
      </div>
    </EditorForm>
  );
}

import { useMemo } from 'preact/hooks';
import { fillPlaceholders } from '../engine/fill';
import { CATEGORIES, LENGTHS, MOODS, SITUATIONS, TONES, type TicketSnapshot } from '../engine/types';
import { CATEGORY_LABELS, MOOD_LABELS, SITUATION_LABELS } from '../ui/labels';
import type { DraftField, PhraseDraft, ProblemsByField } from './draft';
import { FieldProblems as ProblemsOfField, problemAttributes } from './field-problems';
import { EditorForm } from './EditorForm';

/** Element ids of this form's problem lists. */
const ID_PREFIX = 'problems-';

function FieldProblems({ field, problems }: { field: DraftField | 'form'; problems: ProblemsByField }) {
  return <ProblemsOfField field={field} problems={problems} idPrefix={ID_PREFIX} />;
}

/** What the preview fills placeholders with: a made-up ticket, so the agent sees how the phrase will read. */
export const SAMPLE_TICKET: Partial<TicketSnapshot> = {
  ticketId: '1001',
  subject: 'Where is my order?',
  requesterName: 'Maria Lopez',
  requesterFirstName: 'Maria',
  agentFirstName: 'Sam',
};

function Preview({ text }: { text: string }) {
  const filled = useMemo(() => fillPlaceholders(text, { ticket: SAMPLE_TICKET }), [text]);
  if (text.trim() === '') return <p class="preview muted">The preview shows here as you type.</p>;
  return (
    <p class="preview" data-testid="phrase-preview" aria-live="polite">
      {filled.segments.map((segment, i) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <mark key={i} class={`seg-${segment.kind}`} title={segment.kind === 'value' ? 'Filled from the sample ticket' : 'Not filled'}>
            {segment.kind === 'missing' && segment.text === '' ? `{{${segment.name}}}` : segment.text}
          </mark>
        ),
      )}
    </p>
  );
}

function Checkboxes<T extends string>(props: {
  legend: string;
  field: DraftField;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  problems: ProblemsByField;
}) {
  const toggle = (option: T, on: boolean) =>
    props.onChange(on ? props.options.filter((o) => o === option || props.chosen.includes(o)) : props.chosen.filter((o) => o !== option));
  return (
    <fieldset class="checks">
      <legend>
        {props.legend} <span class="muted">(none = any)</span>
      </legend>
      {props.options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            data-testid={`phrase-${props.field}-${option}`}
            checked={props.chosen.includes(option)}
            onChange={(e) => toggle(option, (e.target as HTMLInputElement).checked)}
          />
          {props.labels[option]}
        </label>
      ))}
      <FieldProblems field={props.field} problems={props.problems} />
    </fieldset>
  );
}

export interface PhraseEditorProps {
  draft: PhraseDraft;
  problems: ProblemsByField;
  onChange: (draft: PhraseDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The form for one personal phrase: every field the bank has, a live preview, problems beside their field. */
export function PhraseEditor({ draft, problems, onChange, onSave, onCancel }: PhraseEditorProps) {
  const set = <K extends keyof PhraseDraft>(key: K, value: PhraseDraft[K]) => onChange({ ...draft, [key]: value });
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
  const a11y = (field: DraftField) => problemAttributes(problems, field, ID_PREFIX);
  return (
    <EditorForm testId="phrase-editor" title={draft.id ? 'Edit phrase' : 'New phrase'} saveTestId="phrase-save" onSave={onSave} onCancel={onCancel}>
      <FieldProblems field="form" problems={problems} />
      <label class="field">
        <span>Text</span>
        <textarea
          data-testid="phrase-text"
          rows={4}
          value={draft.text}
          {...a11y('text')}
          onInput={(e) => set('text', value(e))}
          placeholder="Hi {{ticket.requester.first_name}}, I'm sorry your order is late…"
        />
      </label>
      <FieldProblems field="text" problems={problems} />
      <div class="preview-box">
        <span class="muted">Preview with a sample ticket</span>
        <Preview text={draft.text} />
      </div>
      <div class="row">
        <label class="field">
          <span>Category</span>
          <select data-testid="phrase-category" value={draft.category} onChange={(e) => set('category', value(e) as PhraseDraft['category'])}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
          <FieldProblems field="category" problems={problems} />
        </label>
        <label class="field">
          <span>Tone</span>
          <select data-testid="phrase-tone" value={draft.tone} onChange={(e) => set('tone', value(e) as PhraseDraft['tone'])}>
            {TONES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <FieldProblems field="tone" problems={problems} />
        </label>
        <label class="field">
          <span>Length</span>
          <select data-testid="phrase-length" value={draft.length} onChange={(e) => set('length', value(e) as PhraseDraft['length'])}>
            {LENGTHS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
          <FieldProblems field="length" problems={problems} />
        </label>
      </div>
      <Checkboxes legend="Situations" field="situations" options={SITUATIONS} labels={SITUATION_LABELS} chosen={draft.situations} onChange={(v) => set('situations', v)} problems={problems} />
      <Checkboxes legend="Moods" field="moods" options={MOODS} labels={MOOD_LABELS} chosen={draft.moods} onChange={(v) => set('moods', v)} problems={problems} />
      <label class="field">
        <span>
          Triggers <span class="muted">(words in the customer's message that call for it, comma-separated)</span>
        </span>
        <input
          type="text"
          data-testid="phrase-triggers"
          value={draft.triggers}
          {...a11y('triggers')}
          onInput={(e) => set('triggers', value(e))}
          placeholder="late, where is my order, still not arrived"
        />
      </label>
      <FieldProblems field="triggers" problems={problems} />
    </EditorForm>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { builtinBank, mergePersonal } from '../bank/builtin';
import { readTeamBank, watchTeamBank } from '../team-bank/cache';
import type { TeamBank } from '../team-bank/types';
import {
  personalPhrases,
  putPhrases,
  removePhrase,
  renamePhrase,
  setBuiltinDisabled,
  setBuiltinRuleDisabled,
  type PersonalPhrases,
} from '../storage/personal-phrases';
import { CATEGORY_LABELS } from '../ui/labels';
import type { Category } from '../engine/types';
import { BuiltinPhrases } from './BuiltinPhrases';
import { BuiltinRules } from './BuiltinRules';
import { RulesSection } from './RulesSection';
import { ImportSection } from './ImportSection';
import { StorageSection } from './StorageSection';
import { TeamBankSection } from './TeamBankSection';
import { blankDraft, checkDraft, draftId, fromPhrase, groupProblems, type PhraseDraft } from './draft';
import { PhraseEditor } from './PhraseEditor';
import { duplicatePhrase, saveDraft } from './save-draft';
import type { Problem } from '../engine/bank';
import { useSaveNotice } from './use-save-notice';
import { RowActions } from './RowActions';

interface Editing {
  draft: PhraseDraft;
  /** Index in the personal list, or undefined for a new phrase. */
  index?: number;
  /** Problems from the last save attempt (the bank-wide checks), shown until the next edit. */
  saveProblems: Problem[];
}

/**
 * The options page: the agent's own phrases (add, edit, duplicate, delete), checked by the bank's validator as
 * they type, and the built-in phrases they can switch off. Every change is saved to storage at once; open
 * sidebars pick it up from there.
 */
export function OptionsApp() {
  const [personal, setPersonal] = useState<PersonalPhrases | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const { notice, setNotice, save: apply } = useSaveNotice();
  const builtin = useMemo(() => builtinBank().phrases, []);
  const builtinIds = useMemo(() => builtin.map((p) => p.id), [builtin]);

  const [team, setTeam] = useState<TeamBank | undefined>(undefined);
  useEffect(() => {
    void readTeamBank().then(setTeam, () => undefined);
    return watchTeamBank(setTeam);
  }, []);
  useEffect(() => {
    void personalPhrases.get().then(setPersonal);
    return personalPhrases.watch(setPersonal);
  }, []);

  // Problems of stored phrases the sidebar leaves out (written by hand, or by an older version).
  const storedProblems = useMemo(() => (personal ? mergePersonal(personal, team).problems : []), [personal, team]);

  if (!personal) return <p class="muted">Loading…</p>;

  /** The id of the phrase at a place in the list: a duplicate goes right after it. */
  const idAt = (index: number) => {
    const id = personal.phrases[index]?.id;
    return typeof id === 'string' ? id : undefined;
  };

  // The entry's own checks run as the agent types; the bank-wide ones when they save. Each problem once.
  const liveProblems = editing
    ? [...checkDraft(editing.draft, draftId(editing.draft, new Set())), ...editing.saveProblems].filter(
        (p, i, all) => all.findIndex((q) => q.field === p.field && q.message === p.message) === i,
      )
    : [];

  const submit = async () => {
    if (!editing) return;
    const result = saveDraft(personal, editing.draft, editing.index, builtinIds, team);
    if (!result.ok) {
      setEditing({ ...editing, saveProblems: result.problems });
      setNotice('Not saved: fix the fields marked below.');
      return;
    }
    setEditing(null);
    const warnings = result.warnings.map((w) => `${w.field}: ${w.message}`).join('; ');
    const phrase = result.personal.phrases.find((p) => p.id === result.id)!;
    const oldId = editing.index === undefined ? undefined : idAt(editing.index);
    const write = oldId === undefined ? putPhrases([phrase]) : renamePhrase(oldId, phrase);
    await apply(write, `Saved “${result.id}”.${warnings ? ` Note: ${warnings}` : ''}`);
  };

  return (
    <main class="options">
      <header>
        <img src="/icon-32.png" alt="" width="24" height="24" />
        <h1>Composure options</h1>
      </header>
      <p role="status" class="notice" data-testid="options-notice">
        {notice}
      </p>
      <section aria-labelledby="personal-heading">
        <h2 id="personal-heading">Your phrases</h2>
        <p class="muted">
          Suggested in the sidebar beside the built-in ones, on this browser only. Placeholders such as{' '}
          <code>{'{{ticket.requester.first_name}}'}</code> are filled from the ticket; <code>{'{{fill:order_number}}'}</code>{' '}
          asks you for a value when you insert.
        </p>
        {personal.phrases.length === 0 && <p class="muted">None yet.</p>}
        <ul class="phrase-list">
          {personal.phrases.map((phrase, index) => {
            const id = typeof phrase.id === 'string' ? phrase.id : `#${index + 1}`;
            const problems = storedProblems.filter((p) => p.id === id && p.severity === 'error');
            return (
              <li key={`${id}-${index}`} data-testid="personal-phrase" data-phrase-id={id} class={problems.length ? 'broken' : ''}>
                <div>
                  <span class="phrase-text">{String(phrase.text ?? '')}</span>
                  <span class="tag">{CATEGORY_LABELS[phrase.category as Category] ?? String(phrase.category)}</span>
                  {problems.length > 0 && <p class="problem error">Not suggested: {problems[0]!.field}: {problems[0]!.message}</p>}
                </div>
                <RowActions
                  kind="phrase"
                  deleteQuestion={`Delete “${String(phrase.text ?? id).slice(0, 60)}”?`}
                  onEdit={() => setEditing({ draft: fromPhrase(phrase), index, saveProblems: [] })}
                  onDuplicate={() => {
                    const copy = duplicatePhrase(personal, index, builtinIds).phrases[index + 1];
                    if (copy) void apply(putPhrases([copy], { after: idAt(index) }), 'Duplicated.');
                  }}
                  onDelete={() => void apply(removePhrase(id), 'Deleted.')}
                />
              </li>
            );
          })}
        </ul>
        {editing ? (
          <PhraseEditor
            draft={editing.draft}
            problems={groupProblems(liveProblems)}
            onChange={(draft) => {
              setEditing({ ...editing, draft, saveProblems: [] });
              setNotice('');
            }}
            onSave={() => void submit()}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button type="button" class="primary" data-testid="phrase-add" onClick={() => setEditing({ draft: blankDraft(), saveProblems: [] })}>
            Add a phrase
          </button>
        )}
      </section>
      <ImportSection />
      <TeamBankSection />
      <BuiltinPhrases
        phrases={builtin}
        disabled={personal.disabled}
        onToggle={(id) => void apply(setBuiltinDisabled(id, !personal.disabled.includes(id)), 'Saved.')}
      />
      <RulesSection />
      <BuiltinRules
        rules={builtinBank().rules}
        disabled={personal.disabledRules}
        onToggle={(id) => void apply(setBuiltinRuleDisabled(id, !personal.disabledRules.includes(id)), 'Saved.')}
      />
      <StorageSection />
    </main>
  );
}

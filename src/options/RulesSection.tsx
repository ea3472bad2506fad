import { useEffect, useMemo, useState } from 'preact/hooks';
import { mergePersonal } from '../bank/builtin';
import { withPersonalRules } from '../bank/personal-rules';
import type { Problem } from '../engine/bank';
import { personalPhrases, putRules, removeRule, renameRule, type PersonalPhrases } from '../storage/personal-phrases';
import { readTeamBank, watchTeamBank } from '../team-bank/cache';
import type { TeamBank } from '../team-bank/types';
import { blankRuleDraft, checkRuleDraft, duplicateRule, fromRule, groupRuleProblems, ruleDraftId, saveRuleDraft, type RuleDraft } from './rule-draft';
import { RuleEditor } from './RuleEditor';
import './rules.css';
import { useSaveNotice } from './use-save-notice';
import { RowActions } from './RowActions';

interface Editing {
  draft: RuleDraft;
  /** Index in the personal list, or undefined for a new rule. */
  index?: number;
}

const text = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' · ') : '');

/**
 * The agent's own lines to avoid (add, edit, duplicate, delete), checked by the bank's validator as they type,
 * in the bank the sidebar runs on (built-in, team and personal phrases; rules in force). Every change is saved
 * to storage at once; open sidebars pick it up from there.
 */
export function RulesSection() {
  const [personal, setPersonal] = useState<PersonalPhrases | null>(null);
  const [team, setTeam] = useState<TeamBank | undefined>(undefined);
  const [editing, setEditing] = useState<Editing | null>(null);
  const { notice, setNotice, save: apply } = useSaveNotice();
  useEffect(() => {
    void readTeamBank().then(setTeam, () => undefined);
    return watchTeamBank(setTeam);
  }, []);
  useEffect(() => {
    void personalPhrases.get().then(setPersonal);
    return personalPhrases.watch(setPersonal);
  }, []);

  // The bank below the agent's rules, and why a stored rule is not used (written by hand, or by an older version).
  const below = useMemo(() => (personal ? mergePersonal(personal, team).bank : undefined), [personal, team]);
  const storedProblems = useMemo(
    () => (personal && below ? withPersonalRules(below, personal.rules, personal.disabledRules).problems : []),
    [personal, below],
  );
  // The validator runs as the agent types: the rule's own fields and the bank-wide checks (a few ms).
  const liveProblems = useMemo((): Problem[] => {
    if (!editing || !personal || !below) return [];
    const others = personal.rules.filter((_, i) => i !== editing.index);
    return checkRuleDraft(editing.draft, ruleDraftId(editing.draft, below, others), below, others, personal.disabledRules);
  }, [editing, personal, below]);

  if (!personal || !below) return <p class="muted">Loading…</p>;

  const idAt = (index: number) => {
    const id = personal.rules[index]?.id;
    return typeof id === 'string' ? id : undefined;
  };

  const submit = async () => {
    if (!editing) return;
    const result = saveRuleDraft(personal, editing.draft, editing.index, below);
    if (!result.ok) {
      setNotice('Not saved: fix the fields marked below.');
      return;
    }
    setEditing(null);
    const warnings = result.warnings.map((w) => `${w.field}: ${w.message}`).join('; ');
    const oldId = editing.index === undefined ? undefined : idAt(editing.index);
    const write = oldId === undefined ? putRules([result.rule]) : renameRule(oldId, result.rule);
    await apply(write, `Saved “${result.id}”.${warnings ? ` Note: ${warnings}` : ''}`);
  };

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Your lines to avoid</h2>
      <p class="muted">
        Flagged in your draft in the sidebar, beside the built-in ones, with the alternatives you give. On this browser only.
      </p>
      <p role="status" class="notice" data-testid="rules-notice">
        {notice}
      </p>
      {personal.rules.length === 0 && <p class="muted">None yet.</p>}
      <ul class="phrase-list">
        {personal.rules.map((rule, index) => {
          const id = typeof rule.id === 'string' ? rule.id : `rules[${index}]`;
          const problems = storedProblems.filter((p) => p.id === id && p.severity === 'error');
          return (
            <li key={`${id}-${index}`} data-testid="personal-rule" data-rule-id={id} class={problems.length ? 'broken' : ''}>
              <div>
                <span class="phrase-text">{text(rule.patterns)}</span>
                <span class="tag">{String(rule.severity ?? '')}</span>
                {typeof rule.why === 'string' && <p class="muted rule-why">{rule.why}</p>}
                {problems.length > 0 && (
                  <p class="problem error">
                    Not used: {problems[0]!.field}: {problems[0]!.message}
                  </p>
                )}
              </div>
              <RowActions
                kind="rule"
                deleteQuestion={`Delete the line to avoid “${text(rule.patterns).slice(0, 60) || id}”?`}
                onEdit={() => setEditing({ draft: fromRule(rule), index })}
                onDuplicate={() => {
                  const copy = duplicateRule(personal, index, below);
                  if (copy) void apply(putRules([copy], { after: idAt(index) }), 'Duplicated.');
                }}
                onDelete={() => void apply(removeRule(id), 'Deleted.')}
              />
            </li>
          );
        })}
      </ul>
      {editing ? (
        <RuleEditor
          draft={editing.draft}
          problems={groupRuleProblems(liveProblems)}
          phrases={below.phrases}
          onChange={(draft) => {
            setEditing({ ...editing, draft });
            setNotice('');
          }}
          onSave={() => void submit()}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="primary" data-testid="rule-add" onClick={() => setEditing({ draft: blankRuleDraft() })}>
          Add a line to avoid
        </button>
      )}
    </section>
  );
}

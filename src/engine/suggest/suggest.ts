// One suggestion pass: read the ticket (situations, mood, triggers) and the draft, reach candidates through the
// bank index, score them, and keep a varied few in reply order.
import { MOODS, SITUATIONS, type Analysis, type Playbook, type SituationHit } from '../types';
import type { BankIndex } from './bank-index';
import { gatherCandidates } from './candidates';
import { CategoryLeaders } from './category-leaders';
import { readDraft } from './draft';
import { choosePlaybook } from './playbook';
import { replyPolicy } from './policy';
import { PhraseFilter } from './phrase-filter';
import { readProvided } from './provided';
import { TicketScorer } from './score';
import { selectPositions } from './select';
import { situationWeights } from './situation-weights';
import { CATEGORY_STAGE } from './stages';
import type { SuggestContext, SuggestResult } from './types';

export const DEFAULT_LIMIT = 8;

/** The analysis as the ranker relies on it: known situations and mood only, whatever the caller passed. */
function soundAnalysis(analysis: Analysis): Analysis {
  // The engine's own analysis is sound: it is read as it is, not copied.
  if (isSound(analysis)) return analysis;
  const situations = Array.isArray(analysis?.situations) ? analysis.situations : [];
  return {
    situations: situations.filter(isSoundHit),
    mood: MOODS.includes(analysis?.mood?.mood) ? analysis.mood : { mood: 'calm', intensity: 0, evidence: [] },
    abuse: { abusive: analysis?.abuse?.abusive === true, evidence: analysis?.abuse?.evidence ?? [] },
  };
}

function isSound(analysis: Analysis): boolean {
  if (!Array.isArray(analysis?.situations) || !MOODS.includes(analysis.mood?.mood)) return false;
  if (typeof analysis.abuse?.abusive !== 'boolean' || !Array.isArray(analysis.abuse.evidence)) return false;
  for (const hit of analysis.situations) if (!isSoundHit(hit)) return false;
  return true;
}

function isSoundHit(hit: SituationHit): boolean {
  return SITUATIONS.includes(hit?.id) && Number.isFinite(hit.score) && hit.score > 0;
}

function limitOf(context: SuggestContext): number {
  const limit = context.limit ?? DEFAULT_LIMIT;
  return Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : DEFAULT_LIMIT;
}

export function suggestFor(
  index: BankIndex,
  playbooks: readonly Playbook[],
  rawAnalysis: Analysis,
  customerText: string,
  givenContext?: SuggestContext,
): SuggestResult {
  const context = givenContext ?? {};
  const analysis = soundAnalysis(rawAnalysis);
  const playbook = choosePlaybook(playbooks, analysis);
  const limit = limitOf(context);
  if (limit === 0 || index.phrases.length === 0) return { suggestions: [], playbook };

  const situations = situationWeights(analysis);
  const policy = replyPolicy(analysis, readDraft(context.draft), situations);
  const triggersFound = index.triggers.find(typeof customerText === 'string' ? customerText : '');

  const scorer = new TicketScorer(index, { policy, situations, triggersFound, history: context.history });
  const leaders = new CategoryLeaders(index, policy);
  gatherCandidates(
    index,
    {
      mood: policy.mood,
      triggersFound,
      picked: context.history?.picked,
      dismissed: context.history?.dismissed,
      excludedCategories: policy.excludedCategories,
      filter: new PhraseFilter(index, policy, readProvided(customerText), context.exclude),
    },
    scorer,
    leaders,
  );
  const ranked = leaders.rankedSlots();
  const chosen = selectPositions(
    ranked.map((slot) => leaders.categoryOf(slot)),
    limit,
    policy,
  );
  const suggestions = chosen.map((k) => {
    const { index: i, phrase, score: value } = leaders.scored(ranked[k]!);
    return { phrase, stage: CATEGORY_STAGE[phrase.category], score: value, reasons: scorer.reasons(i) };
  });
  return { suggestions, playbook };
}

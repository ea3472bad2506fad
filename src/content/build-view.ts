import type { Engine, SuggestResult } from '../engine';
import type { Analysis, Phrase, ReplyStage, TicketSnapshot } from '../engine/types';
import { categoryStage } from '../engine/suggest';
import { MOOD_LABELS, SITUATION_LABELS } from '../ui/labels';
import type { PhraseView, SidebarState } from '../ui/view-model';

/** A bank phrase as the sidebar shows it: placeholders filled from this ticket, gaps marked. */
export function phraseView(engine: Engine, phrase: Phrase, snapshot: TicketSnapshot | null, reasons: string[] = [], stage?: ReplyStage): PhraseView {
  const filled = engine.fill(phrase.text, { ticket: snapshot ?? undefined });
  return {
    id: phrase.id,
    category: phrase.category,
    stage: stage ?? categoryStage(phrase.category),
    segments: filled.segments,
    slots: filled.slots,
    reasons,
  };
}

/** The part of the sidebar state that follows from the ticket: chips, playbook and suggestions. */
export function ticketView(
  engine: Engine,
  snapshot: TicketSnapshot,
  analysis: Analysis,
  result: SuggestResult,
): Pick<SidebarState, 'ticketId' | 'mood' | 'abusive' | 'situations' | 'playbook' | 'suggestions'> {
  return {
    ticketId: snapshot.ticketId,
    mood: {
      id: analysis.mood.mood,
      label: MOOD_LABELS[analysis.mood.mood],
      intensity: analysis.mood.intensity,
      evidence: analysis.mood.evidence,
    },
    abusive: analysis.abuse.abusive,
    situations: analysis.situations.map((s) => ({ id: s.id, label: SITUATION_LABELS[s.id], evidence: s.evidence })),
    playbook: result.playbook,
    suggestions: result.suggestions.map((s) => phraseView(engine, s.phrase, snapshot, s.reasons, s.stage)),
  };
}

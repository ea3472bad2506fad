// The engine's reading of a customer text: situations, mood and abuse.
//
// A string is analysed as one customer message. A ticket snapshot weighs the latest customer message fully and
// earlier customer messages (and the subject, for situations) a little: they explain the context but the reply
// answers the latest words. Agent messages are never read: they are not the customer's mood. Evidence offsets are
// into `latestCustomerMessage`; earlier messages add to the scores without evidence. Abuse is judged on the latest
// message alone, since the agent answers that one.
//
// Time is bounded: at most LATEST_WINDOW characters of the latest message (its end; for a longer message also its
// first HEAD_WINDOW characters, for situations, since the problem is usually stated above a pasted log), EARLIER_WINDOW characters of
// earlier ones and SUBJECT_WINDOW of the subject are read, each in one tokenising pass and one lexicon pass per
// analyser, so a 1 MB paste costs what an 8 KB email does.
import { tokenise, tokeniseShared } from '../text/tokenise';
import type { Analysis, TicketSnapshot } from '../types';
import { detectAbuse } from './abuse';
import { moodFromSignals, readMoodSignals, type MoodSignals } from './mood';
import { rankSituations, tallySituations, type SituationTally } from './situations';
import { budgetWindows, EARLIER_WINDOW, HEAD_WINDOW, headWindow, LATEST_WINDOW, SUBJECT_WINDOW, tailWindow } from './window';

export { detectAbuse, type AbuseAssessment } from './abuse';
export { readMood } from './mood';
export { detectSituations } from './situations';

/** How much an earlier customer message counts, relative to the latest one. */
const EARLIER_WEIGHT = 0.3;
/** How much the subject counts for situations: customers name their problem there ("Refund not received"), so one
 * strong term in it is enough, though a weaker signal than the same words in the latest message. */
const SUBJECT_WEIGHT = 0.7;

function earlierCustomerTexts(snapshot: TicketSnapshot): string[] {
  // Most tickets: the latest customer message is the only one.
  const { messages } = snapshot;
  if (messages.length === 1 && messages[0]!.text === snapshot.latestCustomerMessage) return [];
  const customer = snapshot.messages.filter((m) => m.role === 'customer').map((m) => m.text);
  const latest = snapshot.latestCustomerMessage.trim();
  const latestIndex = customer.map((t) => t.trim()).lastIndexOf(latest);
  if (latestIndex >= 0) customer.splice(latestIndex, 1);
  return customer.filter((t) => t.trim() !== '');
}

/** Adds weighted points; evidence is kept only from the latest message (weight 1), whose offsets callers use. */
function addTallies(into: Map<string, SituationTally>, tallies: SituationTally[], weight: number): void {
  for (const tally of tallies) {
    const existing = into.get(tally.id);
    if (existing) {
      existing.points += tally.points * weight;
      if (weight === 1) existing.evidence.push(...tally.evidence);
    } else into.set(tally.id, { id: tally.id, points: tally.points * weight, evidence: weight === 1 ? tally.evidence : [] });
  }
}

export function analyse(input: string | TicketSnapshot): Analysis {
  const snapshot = typeof input === 'string' ? undefined : input;
  const latestText = typeof input === 'string' ? input : input.latestCustomerMessage;
  const latest = tailWindow(latestText, LATEST_WINDOW);
  const tokens = tokeniseShared(latest.text);

  const abuse = detectAbuse(latest.text, tokens, latest.offset);
  const mood: MoodSignals = readMoodSignals(latest.text, tokens, abuse, latest.offset);
  const situations = new Map<string, SituationTally>();
  addTallies(situations, tallySituations(latest.text, tokens, latest.offset), 1);
  if (latest.offset > 0) {
    const head = headWindow(latestText.slice(0, latest.offset), HEAD_WINDOW);
    addTallies(situations, tallySituations(head, tokenise(head), 0), 1);
  }

  if (snapshot) {
    for (const text of budgetWindows(earlierCustomerTexts(snapshot), EARLIER_WINDOW)) {
      const earlierTokens = tokenise(text);
      addTallies(situations, tallySituations(text, earlierTokens), EARLIER_WEIGHT);
      const earlier = readMoodSignals(text, earlierTokens, detectAbuse(text, earlierTokens));
      // Only grievances carry over: earlier politeness does not soften what the customer says now.
      mood.upset += Math.max(0, earlier.upset) * EARLIER_WEIGHT;
      mood.anger += earlier.anger * EARLIER_WEIGHT;
    }
    if (snapshot.subject) addTallies(situations, tallySituations(tailWindow(snapshot.subject, SUBJECT_WINDOW).text), SUBJECT_WEIGHT);
  }

  return {
    situations: rankSituations([...situations.values()]),
    mood: moodFromSignals(mood),
    abuse: { abusive: abuse.abusive, evidence: abuse.evidence },
  };
}

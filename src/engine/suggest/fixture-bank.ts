// A small hand-written bank for the suggester's tests: a few phrases per category, enough situations, moods,
// tones and triggers to tell each ranking rule apart. Not shipped; the real bank lives in phrasebank/.
import type { Analysis, Bank, Category, Length, Mood, Phrase, Situation, Tone } from '../types';

/** A phrase whose category is the first part of its id; fields not given are empty or neutral. */
export function phrase(
  id: string,
  text: string,
  options: { situations?: Situation[]; moods?: Mood[]; triggers?: string[]; tone?: Tone; length?: Length } = {},
): Phrase {
  return {
    id,
    category: id.slice(0, id.indexOf('.')) as Category,
    text,
    situations: options.situations ?? [],
    moods: options.moods ?? [],
    triggers: options.triggers ?? [],
    tone: options.tone ?? 'neutral',
    length: options.length ?? 'short',
  };
}

export const FIXTURE_PHRASES: Phrase[] = [
  phrase('empathy.waiting-is-frustrating', 'I completely understand how frustrating it is to keep waiting for your order.', {
    situations: ['delivery', 'waiting'], moods: ['frustrated', 'angry'], tone: 'warm', triggers: ['still waiting'],
  }),
  phrase('empathy.i-hear-you', 'I hear you, and I would feel the same in your place.', { moods: ['angry', 'frustrated'], tone: 'warm' }),
  phrase('empathy.long-understand', 'I can only imagine how disappointing this has been.\nYou planned around this and it let you down.', {
    moods: ['frustrated', 'angry'], tone: 'warm', length: 'long',
  }),
  phrase('empathy.thanks-for-patience', 'Thank you for your patience while we look into this.', { tone: 'neutral' }),
  phrase('de-escalation.lets-fix-it', "Let's get this sorted together, right now.", { moods: ['angry'], tone: 'warm' }),
  phrase('de-escalation.take-it-from-here', 'I will take it from here and stay with you until it is fixed.', { moods: ['angry', 'frustrated'] }),
  phrase('boundary.respectful-language', 'I want to help, and I can do that best when we keep the conversation respectful.', {
    tone: 'formal',
  }),
  phrase('boundary.end-if-abuse', 'If the language continues, I will have to close this chat. I would rather solve this with you.', {
    tone: 'formal',
  }),
  phrase('apology.late-delivery', 'I am sorry your order is late.', { situations: ['delivery'], tone: 'warm' }),
  phrase('apology.double-charge', 'I am sorry you were charged twice.', {
    situations: ['billing'], triggers: ['charged twice', 'double charge*'], tone: 'warm',
  }),
  phrase('apology.general', 'I apologise for the trouble this has caused.', { tone: 'formal' }),
  phrase('ownership.my-job', 'This is on us, and I will make it right.', { moods: ['angry', 'frustrated'], tone: 'warm' }),
  phrase('ownership.looking-into-it', 'I am looking into this personally.', { tone: 'neutral' }),
  phrase('policy.refund-window', 'Refunds are possible within 30 days of delivery.', {
    situations: ['refund'], triggers: ['refund*', 'money back'], tone: 'formal',
  }),
  phrase('policy.delivery-times', 'Standard orders arrive within 3–5 working days.', {
    situations: ['delivery'], triggers: ['how long'], tone: 'formal',
  }),
  phrase('yes-if.refund-if-returned', 'Yes, we can refund this if the item comes back within 30 days.', {
    situations: ['refund', 'faulty'], triggers: ['refund*'], tone: 'neutral',
  }),
  phrase('compromise.partial-credit', 'I can offer a partial credit of {{fill:amount}} for the trouble.', {
    situations: ['complaint', 'delivery'], tone: 'neutral',
  }),
  phrase('delay-update.tracking', 'Your parcel is with the courier; the latest scan shows {{fill:status}}.', {
    situations: ['delivery', 'waiting'], triggers: ['where is my order', 'tracking'], tone: 'neutral',
  }),
  phrase('delay-update.new-date', 'The new delivery date is {{fill:date}}.', { situations: ['delivery'], tone: 'neutral' }),
  phrase('info-gathering.order-number', 'Could you send me your order number so I can check?', {
    situations: ['delivery', 'refund', 'billing'], tone: 'neutral', triggers: ['order'],
  }),
  phrase('info-gathering.screenshot', 'Could you send a screenshot of the error?', {
    situations: ['technical'], triggers: ['error', 'crash*'], tone: 'neutral',
  }),
  phrase('hard-question.what-outcome', 'What outcome would make this right for you?', { situations: ['complaint'], tone: 'neutral' }),
  phrase('cant-provide.out-of-stock', 'That item is out of stock, and I cannot reserve one.', {
    situations: ['unavailable'], triggers: ['in stock', 'restock*'], tone: 'neutral',
  }),
  phrase('reassurance.will-update', 'I will update you as soon as I hear back.', { tone: 'warm' }),
  phrase('reassurance.refund-on-way', 'Your refund is on its way.', { situations: ['refund'], tone: 'neutral' }),
  phrase('escalation-handoff.supervisor', 'I am passing this to my supervisor, who will reply by {{fill:time}}.', {
    situations: ['escalation'], triggers: ['manager', 'supervisor'], tone: 'formal',
  }),
  phrase('escalation-handoff.specialist', 'I am bringing in a specialist team who can resolve this.', { tone: 'neutral' }),
  phrase('follow-up.check-tomorrow', 'I will check in tomorrow to make sure everything arrived.', {
    situations: ['delivery'], tone: 'warm',
  }),
  phrase('follow-up.reply-here', 'Reply here any time and it comes straight back to me.', { tone: 'neutral' }),
  phrase('closing.anything-else', 'Is there anything else I can help with?', { tone: 'neutral' }),
  phrase('closing.kind-regards', 'Kind regards,\n{{current_user.first_name}}', { tone: 'formal' }),
  phrase('closing.have-a-good-day', 'Have a lovely day, {{ticket.requester.first_name}}!', { tone: 'warm' }),
];

export const FIXTURE_BANK: Bank = {
  phrases: FIXTURE_PHRASES,
  rules: [],
  playbooks: [
    { id: 'abuse', title: 'Abusive customer', when: { abusive: true }, steps: ['Set a boundary', 'Offer a way forward'] },
    { id: 'angry', title: 'Angry customer', when: { moods: ['angry'] }, steps: ['Let them vent', 'Own it'] },
    { id: 'late-order', title: 'Late order', when: { situations: ['delivery', 'waiting'] }, steps: ['Check tracking'] },
    { id: 'refund', title: 'Refund request', when: { situations: ['refund'] }, steps: ['Check the window'] },
  ],
};

/** A hand-made analysis: situations with their scores, best first as the analysers report them. */
export function analysis(
  situations: Partial<Record<Situation, number>> = {},
  mood: Mood = 'calm',
  abusive = false,
): Analysis {
  return {
    situations: Object.entries(situations)
      .map(([id, score]) => ({ id: id as Situation, score: score!, evidence: [] }))
      .sort((a, b) => b.score - a.score),
    mood: { mood, intensity: mood === 'calm' ? 0 : 0.8, evidence: [] },
    abuse: { abusive, evidence: [] },
  };
}

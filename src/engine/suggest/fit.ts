// The parts of a phrase's score that depend only on the phrase and the customer's mood. They are computed once
// per bank and mood so every bucket of the index can be kept pre-sorted by them.
import type { Mood, Phrase, Tone } from '../types';

/** Phrase written for the detected mood; for any mood (a weak fit); for another mood (a poor fit). */
export const MOOD_MATCH = 1.5;
export const MOOD_ANY = 0.5;
export const MOOD_MISMATCH = -1.5;

/** Small nudges only: tone refines the order among phrases that fit equally well otherwise. */
const TONE_FIT: Readonly<Record<'upset' | 'calm', Readonly<Record<Tone, number>>>> = {
  upset: { warm: 0.4, neutral: 0, formal: -0.2 },
  calm: { warm: 0, neutral: 0.3, formal: 0.3 },
};

export function isUpset(mood: Mood): boolean {
  return mood !== 'calm';
}

export function moodFit(phrase: Phrase, mood: Mood): number {
  if (phrase.moods.length === 0) return MOOD_ANY;
  return phrase.moods.includes(mood) ? MOOD_MATCH : MOOD_MISMATCH;
}

export function toneFit(tone: Tone, mood: Mood): number {
  return TONE_FIT[isUpset(mood) ? 'upset' : 'calm'][tone] ?? 0;
}

/** Mood and tone fit together: the static part of the score, the same wherever the phrase is found. */
export function staticFit(phrase: Phrase, mood: Mood): number {
  return moodFit(phrase, mood) + toneFit(phrase.tone, mood);
}

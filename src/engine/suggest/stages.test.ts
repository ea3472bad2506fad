import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../types';
import { CATEGORY_STAGE, categoryStage } from './stages';

describe('category → reply stage', () => {
  it('places every category where a well-built reply needs it', () => {
    expect(CATEGORY_STAGE).toEqual({
      empathy: 'acknowledge',
      'de-escalation': 'acknowledge',
      boundary: 'acknowledge',
      apology: 'own',
      ownership: 'own',
      policy: 'address',
      'yes-if': 'address',
      'cant-provide': 'address',
      'hard-question': 'address',
      'info-gathering': 'address',
      compromise: 'address',
      'delay-update': 'address',
      reassurance: 'next-step',
      'escalation-handoff': 'next-step',
      'follow-up': 'next-step',
      closing: 'close',
    });
    for (const category of CATEGORIES) expect(categoryStage(category)).toBe(CATEGORY_STAGE[category]);
  });
});

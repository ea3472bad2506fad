import { describe, expect, it } from 'vitest';
import { FIXTURE_BANK, phrase } from './fixture-bank';
import { createSuggester } from '.';

const { search } = createSuggester(FIXTURE_BANK);
const ids = (query: string, options?: Parameters<typeof search>[1]) => search(query, options).map((p) => p.id);

describe('phrase search', () => {
  it('finds phrases by the words of their text', () => {
    expect(ids('charged twice')).toEqual(['apology.double-charge']);
    expect(ids('courier scan')).toEqual(['delay-update.tracking']);
  });

  it('completes the word being typed', () => {
    expect(ids('screensh')).toEqual(['info-gathering.screenshot']);
    expect(ids('supervi')).toEqual(['escalation-handoff.supervisor']);
    expect(ids('where is my ord')).toEqual(['delay-update.tracking']);
  });

  it('tolerates typos', () => {
    expect(ids('screnshot')).toEqual(['info-gathering.screenshot']);
    expect(ids('apologise troubel')).toEqual(['apology.general']);
    expect(ids('sory')).toEqual(expect.arrayContaining(['apology.late-delivery', 'apology.double-charge']));
  });

  it('finds phrases by id and trigger, and ranks those fields above plain text', () => {
    expect(ids('apology.general')).toEqual(['apology.general']);
    expect(ids('crash')).toEqual(['info-gathering.screenshot']);
    const { search: searchTwo } = createSuggester({
      rules: [],
      playbooks: [],
      phrases: [phrase('policy.a', 'Ask for a manager.'), phrase('policy.b', 'Other words.', { triggers: ['manager'] })],
    });
    expect(searchTwo('manager').map((p) => p.id)).toEqual(['policy.b', 'policy.a']);
  });

  it('needs every word of the query', () => {
    expect(ids('sorry charged')).toEqual(['apology.double-charge']);
    expect(ids('sorry screenshot')).toEqual([]);
  });

  it('filters by category and respects the limit', () => {
    expect(ids('refund', { categories: ['policy'] })).toEqual(['policy.refund-window']);
    expect(ids('you', { limit: 2 })).toHaveLength(2);
    expect(ids('you').length).toBeGreaterThan(2);
  });

  it('finds nothing for an empty or unknown query, without failing', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  …  ')).toEqual([]);
    expect(ids('zzqxv')).toEqual([]);
    expect(search(undefined as unknown as string)).toEqual([]);
  });

  it('orders equal matches by id', () => {
    const phrases = [phrase('policy.c', 'Call us.'), phrase('policy.a', 'Call back.'), phrase('policy.b', 'Call later.')];
    const found = createSuggester({ rules: [], playbooks: [], phrases }).search('call');
    expect(found.map((p) => p.id)).toEqual(['policy.a', 'policy.b', 'policy.c']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Playbook } from '../types';
import { analysis, FIXTURE_BANK } from './fixture-bank';
import { choosePlaybook } from './playbook';
import { createSuggester } from '.';

const suggester = createSuggester(FIXTURE_BANK);
const playbookFor = (a: ReturnType<typeof analysis>) => suggester.suggest(a, '').playbook?.id;

describe('playbook', () => {
  it('shows the abuse playbook to an abusive customer, whatever the situation', () => {
    expect(playbookFor(analysis({ delivery: 1 }, 'angry', true))).toBe('abuse');
  });

  it('shows the mood playbook to an angry customer', () => {
    expect(playbookFor(analysis({ delivery: 1 }, 'angry'))).toBe('angry');
  });

  it('otherwise shows the playbook for the dominant situation', () => {
    expect(playbookFor(analysis({ delivery: 0.9, refund: 0.4 }, 'frustrated'))).toBe('late-order');
    expect(playbookFor(analysis({ delivery: 0.4, refund: 0.9 }))).toBe('refund');
  });

  it('shows none when nothing fits', () => {
    expect(playbookFor(analysis({ technical: 1 }))).toBeUndefined();
    expect(playbookFor(analysis())).toBeUndefined();
  });

  it('requires every condition a playbook states, and prefers the more specific one', () => {
    const playbooks: Playbook[] = [
      { id: 'late', title: 'Late', when: { situations: ['delivery'] }, steps: [] },
      { id: 'late-and-upset', title: 'Late, upset', when: { situations: ['delivery'], moods: ['frustrated'] }, steps: [] },
    ];
    expect(choosePlaybook(playbooks, analysis({ delivery: 1 }, 'frustrated'))?.id).toBe('late-and-upset');
    expect(choosePlaybook(playbooks, analysis({ delivery: 1 }, 'calm'))?.id).toBe('late');
    // Among equals, the playbook that lists the situation first is about it most.
    const general = { id: 'a-general', title: 'General', when: { situations: ['complaint', 'refund'] }, steps: [] } satisfies Playbook;
    const refunds = { id: 'b-refunds', title: 'Refunds', when: { situations: ['refund', 'complaint'] }, steps: [] } satisfies Playbook;
    expect(choosePlaybook([general, refunds], analysis({ refund: 1 }))?.id).toBe('b-refunds');
    expect(choosePlaybook([general, refunds], analysis({ complaint: 1 }))?.id).toBe('a-general');
    expect(choosePlaybook([{ id: 'abuse', title: 'Abuse', when: { abusive: true }, steps: [] }], analysis({}, 'angry'))).toBeUndefined();
  });
});

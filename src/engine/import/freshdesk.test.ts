// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFreshdesk } from './freshdesk';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../../tests/fixtures/import', name), 'utf8');

describe('importFreshdesk: {"canned_responses", "folders"}', () => {
  const result = importFreshdesk(fixture('freshdesk-canned.json'));

  it('gives one row per response, by id, with the unusable ones invalid and why', () => {
    expect(result.problem).toBeUndefined();
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([[501, 'new'], [502, 'new'], [503, 'new'], [504, 'invalid'], [505, 'invalid']]);
    expect(result.rows.slice(3).map((r) => r.reason)).toEqual([
      'the reply text is empty once the HTML is removed',
      'no reply text: expected "content_html" or "content" as text, found "content_html" is null',
    ]);
  });

  it('prefers content_html, maps Freshdesk placeholders to ours and turns the agent\'s full name into a slot', () => {
    expect(result.phrases[0]).toMatchObject({
      id: 'apology.imported-damaged-item',
      category: 'apology',
      label: 'Damaged item',
      text: 'Hi {{ticket.requester.first_name}},\nI’m so sorry the item arrived damaged. I’ve logged it under ticket #{{ticket.id}}.\n{{fill:agent_name}}',
    });
    expect(result.rows[0]!.reason).toBe('{{ticket.agent.name}} has no equivalent: it became {{fill:agent_name}}, for the agent to fill in');
    expect(result.phrases[1]).toMatchObject({
      text: 'Re: {{ticket.title}}\nYour refund is being processed and should arrive by {{fill:date}}.\nRegards,\n{{current_user.first_name}}',
    });
  });

  it('uses the folder name: "Apologies" is a category, "Refunds" a situation, "General" nothing', () => {
    expect(result.phrases.map((p) => [p.category, p.situations])).toEqual([
      ['apology', []],
      ['reassurance', ['refund']],
      ['reassurance', []],
    ]);
  });

  it('keeps French text and its spacing before "?" untouched, from plain content with CRLF line ends', () => {
    expect(result.phrases[2]!.text).toBe("Bonjour {{ticket.requester.name}},\nPourriez-vous m'envoyer une photo du produit ? Merci d'avance, à très bientôt !");
  });
});

describe('importFreshdesk: other shapes', () => {
  const response = { id: 1, title: 'Thanks', content: 'Thanks for your patience.' };

  it('reads a bare list of responses, and folders each holding their responses', () => {
    expect(importFreshdesk(JSON.stringify([response])).phrases.map((p) => p.id)).toEqual(['closing.imported-thanks']);
    const folders = [{ id: 3, name: 'Follow-ups', canned_responses: [{ ...response, title: 'Nudge', content: 'Checking in on this.' }] }];
    expect(importFreshdesk(JSON.stringify(folders)).phrases.map((p) => p.id)).toEqual(['follow-up.imported-nudge']);
  });

  it('reports a Zendesk export and an empty list as problems with the file', () => {
    expect(importFreshdesk(fixture('zendesk-macros.json')).problem?.message).toMatch(/it looks like Zendesk macros, import it as those$/);
    expect(importFreshdesk('[]').problem).toEqual({ message: 'the file holds no canned responses (the list is empty)' });
    expect(importFreshdesk(fixture('bad-syntax.json')).problem).toMatchObject({ line: 4, column: 15 });
  });
});

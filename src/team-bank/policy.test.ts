import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import schema from '../../assets/extension/managed_schema.json';
import chromePolicy from '../../assets/admin/chrome-policy.json';
import firefoxPolicies from '../../assets/admin/firefox-policies.json';
import { engineFor } from '../bank/builtin';
import { readTeamBank } from './cache';
import { DEFAULT_REFRESH_HOURS, POLICY_KEYS, readPolicy } from './policy';
import { checkNow } from './sync';

type Schema = {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minimum?: number;
  maximum?: number;
  [key: string]: unknown;
};

/** The keywords Chrome's policy schema understands that this file uses; anything else would be a mistake here. */
const KNOWN_KEYWORDS = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'items', 'minimum', 'maximum']);

/** Chrome's own rules for a managed schema: an object at the top without additionalProperties, exactly one type each. */
function schemaMistakes(node: Schema, path = '(top)'): string[] {
  const mistakes = Object.keys(node).filter((k) => !KNOWN_KEYWORDS.has(k)).map((k) => `${path}: keyword "${k}"`);
  if (typeof node.type !== 'string') mistakes.push(`${path}: needs exactly one type`);
  for (const [name, child] of Object.entries(node.properties ?? {})) mistakes.push(...schemaMistakes(child, `${path}.${name}`));
  if (node.items) mistakes.push(...schemaMistakes(node.items, `${path}[]`));
  return mistakes;
}

/** Validates a policy value against the schema the way Chrome does for the keywords above. */
function valueMistakes(value: unknown, node: Schema, path: string): string[] {
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  if (actual !== node.type && !(node.type === 'number' && actual === 'integer')) return [`${path}: expected ${node.type}, found ${actual}`];
  if (typeof value === 'number' && ((node.minimum !== undefined && value < node.minimum) || (node.maximum !== undefined && value > node.maximum))) {
    return [`${path}: ${value} out of range`];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => valueMistakes(item, node.items!, `${path}[${i}]`));
  if (actual !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const childSchema = node.properties?.[key];
    if (childSchema) return valueMistakes(child, childSchema, `${path}.${key}`);
    return node.additionalProperties === undefined || node.additionalProperties === false ? [`${path}: unknown key "${key}"`] : [];
  });
}

const chromeValues = Object.values(chromePolicy['3rdparty'].extensions);
const firefoxValues = firefoxPolicies.policies['3rdparty'].Extensions['composure@composure.dev'];

beforeEach(() => fakeBrowser.reset());

describe('the managed-storage schema and the example policy files', () => {
  it('is a schema Chrome accepts: object at the top, no additionalProperties there, one type per node', () => {
    expect(schema.type).toBe('object');
    expect('additionalProperties' in schema).toBe(false);
    expect(schemaMistakes(schema as Schema)).toEqual([]);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.values(POLICY_KEYS).sort());
  });

  it('the Chrome/Edge and Firefox examples validate against it; a wrong value does not', () => {
    expect(chromeValues).toHaveLength(1);
    expect(valueMistakes(chromeValues[0], schema as Schema, 'chrome')).toEqual([]);
    expect(valueMistakes(firefoxValues, schema as Schema, 'firefox')).toEqual([]);
    // Controls: the check above can fail.
    expect(valueMistakes({ teamBankUrl: 42, teamBankRefreshHours: 0, teamBankUrll: 'x' }, schema as Schema, 'bad')).toEqual([
      'bad.teamBankUrl: expected string, found integer',
      'bad.teamBankRefreshHours: 0 out of range',
      'bad: unknown key "teamBankUrll"',
    ]);
    expect(valueMistakes({ teamBank: { phrases: [{ id: 'x', locked: 'yes' }] } }, schema as Schema, 'bad')).toEqual([
      'bad.teamBank.phrases[0].locked: expected boolean, found string',
    ]);
  });

  it('reads the example values as the extension uses them', () => {
    expect(readPolicy(chromeValues[0] as Record<string, unknown>)).toEqual({ url: 'https://intranet.example.com/composure/team-bank.json', refreshHours: 6 });
    expect(readPolicy(firefoxValues)).toMatchObject({ inline: firefoxValues.teamBank, refreshHours: 12 });
    expect(readPolicy({ teamBankRefreshHours: 1000 }).refreshHours).toBe(168);
    expect(readPolicy({ teamBankRefreshHours: 'often' }).refreshHours).toBe(DEFAULT_REFRESH_HOURS);
    expect(readPolicy({ teamBankUrl: 7 }).error).toMatch(/should be an address/);
  });

  it('the inline bank of the Firefox example is used: its phrases are suggested and its locks hold', async () => {
    await browser.storage.managed.set(firefoxValues);
    const fetchNothing = { fetch: () => Promise.reject(new Error('no request expected')), hasHostPermission: async () => false, now: () => new Date() };
    expect(await checkNow(fetchNothing)).toMatchObject({ ok: true, url: 'policy' });
    const team = await readTeamBank();
    expect(team?.source).toBe('organisation');
    expect(team?.locked).toEqual(['empathy.acme-hear-you', 'closing.acme-sign-off']);
    const personal = { phrases: [{ id: 'closing.acme-sign-off', category: 'closing', text: 'Cheers!', tone: 'warm', length: 'short' }], disabled: ['empathy.acme-hear-you'] };
    const engine = engineFor(personal, team);
    expect(engine.phrase('closing.acme-sign-off')?.text).toContain('Acme Customer Care');
    expect(engine.phrase('empathy.acme-hear-you')).toBeDefined();
    expect(engine.search('refunds any order within 30 days').map((p) => p.id)).toContain('policy.acme-refund-window');
    expect(engine.lint('I will sort it out asap.').map((f) => f.ruleId)).toContain('acme-no-asap');
  });
});

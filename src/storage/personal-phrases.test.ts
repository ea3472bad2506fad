import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import {
  MAX_PERSONAL_PHRASES,
  putPhrases,
  putRules,
  readPersonal,
  removePhrase,
  renamePhrase,
  setBuiltinDisabled,
  setBuiltinRuleDisabled,
  watchPersonal,
} from './personal-phrases';
import { freshStorage } from './test-setup';

beforeEach(freshStorage);

const phrase = (id: string, text = `Text of ${id}.`) => ({ id, category: 'empathy', text });
const ids = async () => (await readPersonal()).phrases.map((p) => p.id);

describe('personal phrases', () => {
  it('are one record each, listed in the order they were added; an existing id is replaced in place', async () => {
    await putPhrases([phrase('empathy.a'), phrase('empathy.b')]);
    await putPhrases([phrase('empathy.c')]);
    await putPhrases([phrase('empathy.a', 'New words.')]);
    expect(await ids()).toEqual(['empathy.a', 'empathy.b', 'empathy.c']);
    expect((await readPersonal()).phrases[0]).toEqual(phrase('empathy.a', 'New words.'));
    expect(Object.keys(await browser.storage.local.get(null))).toEqual(expect.arrayContaining(['phrase:empathy.a', 'phrase:empathy.b', 'phrase:empathy.c']));
  });

  it('added from two tabs at the same moment are all kept', async () => {
    // Two options pages saving at once: with one list rewritten whole, the second write dropped the first phrase.
    await Promise.all([putPhrases([phrase('empathy.tab-one')]), putPhrases([phrase('empathy.tab-two')]), removePhrase('empathy.none')]);
    expect((await ids()).sort()).toEqual(['empathy.tab-one', 'empathy.tab-two']);
  });

  it('place a copy right after its original, rename in place, and delete', async () => {
    await putPhrases([phrase('empathy.a'), phrase('empathy.b')]);
    await putPhrases([phrase('empathy.a-copy')], { after: 'empathy.a' });
    await putPhrases([phrase('empathy.a-copy-2')], { after: 'empathy.a' });
    expect(await ids()).toEqual(['empathy.a', 'empathy.a-copy-2', 'empathy.a-copy', 'empathy.b']);
    await renamePhrase('empathy.a-copy', phrase('apology.moved'));
    expect(await ids()).toEqual(['empathy.a', 'empathy.a-copy-2', 'apology.moved', 'empathy.b']);
    await removePhrase('empathy.a');
    expect(await ids()).toEqual(['empathy.a-copy-2', 'apology.moved', 'empathy.b']);
  });

  it('refuse a phrase without an id, and more than the limit, writing nothing', async () => {
    await expect(putPhrases([phrase('empathy.ok'), { text: 'no id' }])).rejects.toThrow('Phrase 2 has no usable id');
    const many = Array.from({ length: MAX_PERSONAL_PHRASES + 1 }, (_, i) => phrase(`empathy.p${i}`));
    await expect(putPhrases(many)).rejects.toThrow(`the limit is ${MAX_PERSONAL_PHRASES}`);
    expect(await ids()).toEqual([]);
  });

  it('switch built-in phrases off and on, and tell watchers', async () => {
    const seen = vi.fn();
    const stop = watchPersonal(seen);
    await setBuiltinDisabled('apology.sorry', true);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ phrases: [], disabled: ['apology.sorry'], rules: [], disabledRules: [] }));
    await setBuiltinDisabled('apology.sorry', false);
    expect((await readPersonal()).disabled).toEqual([]);
    stop();
  });

  it('keep personal lines to avoid the same way, and built-in ones switched off', async () => {
    const rule = (id: string) => ({ id, patterns: ['no way'], severity: 'warning', why: 'Sounds final.', alternatives: ['Let me check.'] });
    await putRules([rule('personal-no-way'), rule('personal-never')]);
    await Promise.all([putRules([rule('personal-from-tab-two')]), setBuiltinRuleDisabled('calm-down', true)]);
    const personal = await readPersonal();
    expect(personal.rules.map((r) => r.id)).toEqual(['personal-no-way', 'personal-never', 'personal-from-tab-two']);
    expect(personal.disabledRules).toEqual(['calm-down']);
    await expect(putRules([{ patterns: [] }])).rejects.toThrow('Rule 1 has no usable id');
  });
});

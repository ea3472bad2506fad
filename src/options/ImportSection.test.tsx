import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importBankFile } from '../engine/import';
import { EMPTY_PERSONAL, type PersonalPhrases } from '../storage/personal-phrases';
import { ImportSection, PREVIEW_ROWS, type ImportStore } from './ImportSection';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../tests/fixtures/import', name), 'utf8');

/** Storage as the section sees it: what it holds, and every write. */
function fakeStore(phrases: Record<string, unknown>[] = []) {
  const puts: Record<string, unknown>[][] = [];
  const store: ImportStore = {
    readPersonal: async (): Promise<PersonalPhrases> => ({ ...EMPTY_PERSONAL, phrases: [...phrases] }),
    putPhrases: async (written) => {
      puts.push([...written]);
    },
  };
  return { store, puts };
}

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(store: ImportStore, download = vi.fn()) {
  host = document.createElement('div');
  document.body.append(host);
  render(<ImportSection store={store} download={download} />, host);
  return download;
}

const $ = (testId: string) => host.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const rows = () => [...host.querySelectorAll<HTMLElement>('[data-testid="import-row"]')];

function pickFile(file: File) {
  const input = $('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function previewOf(name: string, text: string) {
  pickFile(new File([text], name));
  await vi.waitFor(() => expect($('import-preview') ?? $('import-problem')).not.toBeNull(), { timeout: 5000 });
}

describe('ImportSection', () => {
  it('previews every row of a Zendesk export with its status, applies nothing until asked, then writes the new phrases', async () => {
    const { store, puts } = fakeStore();
    mount(store);
    await previewOf('macros.json', fixture('zendesk-macros.json'));

    expect(rows().map((r) => r.dataset.status)).toEqual(['new', 'new', 'invalid', 'new', 'new', 'new', 'new', 'invalid', 'duplicate', 'invalid']);
    expect(rows()[2]!.textContent).toContain('no reply text: the macro has no comment_value_html or comment_value action');
    const counts = $('import-counts')!;
    expect(counts.textContent).toContain('read as Zendesk macros (JSON) (told by the file)');
    expect([...counts.querySelectorAll<HTMLElement>('[data-status]')].map((s) => [s.dataset.status, s.dataset.count])).toEqual([
      ['new', '6'], ['changed', '0'], ['duplicate', '1'], ['invalid', '3'],
    ]);
    const apply = $('import-apply') as HTMLButtonElement;
    expect(apply.textContent).toBe('Import 6 phrases');
    expect(puts).toEqual([]);

    apply.click();
    await vi.waitFor(() => expect($('import-notice')!.textContent).toBe('Imported 6 phrases from macros.json: 6 new, 0 changed. Skipped 1 duplicate and 3 invalid rows.'));
    expect(puts).toHaveLength(1);
    expect(puts[0]!.map((p) => p.label)).toEqual(['Billing::Refund issued', 'Apologies::Late delivery', 'Retour – Rückerstattung (DE)', '退款确认', 'Arabic: order shipped', 'Missing info: order number']);
    expect($('import-preview')).toBeNull();
    expect(($('import-file') as HTMLInputElement).value).toBe('');
  });

  it('plans again at Import, and shows the new preview instead of writing when the agent’s phrases changed meanwhile', async () => {
    // What importing the file writes, learnt from a first import into an empty store.
    const first = fakeStore();
    mount(first.store);
    await previewOf('macros.json', fixture('zendesk-macros.json'));
    $('import-apply')!.click();
    await vi.waitFor(() => expect(first.puts).toHaveLength(1));
    render(null, host);
    host.remove();

    const held: Record<string, unknown>[] = [];
    const { store, puts } = fakeStore(held);
    mount(store);
    await previewOf('macros.json', fixture('zendesk-macros.json'));
    expect(rows()[0]!.dataset.status).toBe('new');
    // Another tab imports the same first macro before the agent clicks Import here.
    held.push(first.puts[0]![0]!);
    $('import-apply')!.click();

    await vi.waitFor(() => expect($('import-notice')!.textContent).toContain('Your phrases changed since this preview was made'));
    expect(puts).toEqual([]);
    expect(rows()[0]!.dataset.status).toBe('duplicate');
    expect($('import-apply')!.textContent).toBe('Import 5 phrases');
  });

  it('writes nothing on Cancel', async () => {
    const { store, puts } = fakeStore();
    mount(store);
    await previewOf('macros.json', fixture('zendesk-macros.json'));
    $('import-cancel')!.click();
    await vi.waitFor(() => expect($('import-preview')).toBeNull());
    expect(puts).toEqual([]);
  });

  it('shows a broken file\'s problem with its line instead of a preview, and offers nothing to import', async () => {
    const { store, puts } = fakeStore();
    mount(store);
    await previewOf('bank.yaml', fixture('bad-syntax.yaml'));
    expect($('import-problem')!.textContent).toContain('bank.yaml, read as Composure bank (JSON or YAML), cannot be imported: line 4, column 11: not valid YAML');
    expect($('import-problem')!.getAttribute('role')).toBe('alert');
    expect($('import-apply')).toBeNull();
    expect(puts).toEqual([]);
  });

  it('refuses a file over 10 MB without reading it', async () => {
    const { store } = fakeStore();
    mount(store);
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.json');
    const read = vi.spyOn(big, 'text');
    pickFile(big);
    await vi.waitFor(() => expect($('import-problem')!.textContent).toContain('The file is 10.0 MB; the import reads files up to 10.0 MB'));
    expect(read).not.toHaveBeenCalled();
  });

  it('plans again when the agent says what the file is', async () => {
    const { store } = fakeStore();
    mount(store);
    await previewOf('macros.json', fixture('zendesk-macros.json'));
    const select = $('import-source') as HTMLSelectElement;
    select.value = 'freshdesk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect($('import-problem')!.textContent).toContain('it looks like Zendesk macros, import it as those'));
  });

  it('keeps the page light for 5 000 macros: the first rows drawn, the rest counted, a status filter reaching them', async () => {
    const macros = Array.from({ length: 5000 }, (_, i) => ({
      id: i + 1,
      title: `Answer ${i}`,
      actions: i % 500 === 499 ? [] : [{ field: 'comment_value', value: `Case ${i}: we are on it and will write again by {{fill:date}}.` }],
    }));
    const { store } = fakeStore();
    mount(store);
    await previewOf('big.json', JSON.stringify({ macros }));
    expect(rows()).toHaveLength(PREVIEW_ROWS);
    expect($('import-more')!.textContent).toBe(`${5000 - PREVIEW_ROWS} more not shown here; choose a status under “Show” to see those rows first.`);
    expect($('import-apply')!.textContent).toBe('Import 4990 phrases');

    const filter = host.querySelector<HTMLSelectElement>('.import-filter select')!;
    filter.value = 'invalid';
    filter.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(rows().map((r) => r.dataset.status)).toEqual(Array(10).fill('invalid')));
    expect($('import-more')).toBeNull();
  });

  it('exports the agent\'s phrases as JSON and YAML files the import reads back', async () => {
    const mine = importBankFile(fixture('bank-export.yaml')).phrases.map((p) => ({ ...p }));
    const { store } = fakeStore(mine);
    const download = mount(store);
    $('export-json')!.click();
    await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    $('export-yaml')!.click();
    await vi.waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [[jsonName, json, jsonType], [yamlName, yaml, yamlType]] = download.mock.calls as [string, string, string][];
    expect([jsonName, jsonType]).toEqual([expect.stringMatching(/^composure-phrases-\d{4}-\d{2}-\d{2}\.json$/), 'application/json']);
    expect([yamlName, yamlType]).toEqual([expect.stringMatching(/^composure-phrases-\d{4}-\d{2}-\d{2}\.yaml$/), 'application/yaml']);
    expect(importBankFile(json).phrases).toEqual(mine);
    expect(importBankFile(yaml).phrases).toEqual(mine);
    expect($('import-notice')!.textContent).toMatch(/^Exported 3 phrases as composure-phrases-.*\.yaml\.$/);
  });

  it('says there is nothing to export when the agent has no phrases', async () => {
    const { store } = fakeStore();
    const download = mount(store);
    $('export-yaml')!.click();
    await vi.waitFor(() => expect($('import-notice')!.textContent).toBe('You have no phrases of your own to export yet.'));
    expect(download).not.toHaveBeenCalled();
  });

  it('labels its controls for keyboard and screen-reader users', () => {
    mount(fakeStore().store);
    for (const id of ['import-source', 'import-file']) expect($(id)!.closest('label')!.textContent).toMatch(/File from|File to import/);
  });
});

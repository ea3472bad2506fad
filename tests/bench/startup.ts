// One start-up, in its own node process (run by run.ts with --expose-gc): what a new helpdesk tab pays before
// the first suggestion — parsing the bank, building the engine's indexes, reading the first ticket — and how
// much memory the bank and engine keep afterwards (heap after a full GC, minus the heap before).
// Usage: node --expose-gc --import tsx tests/bench/startup.ts BANK.json TICKET.txt  → prints one JSON line.
import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/engine';
import { parseBank } from '../../src/engine/bank';
import type { TicketSnapshot } from '../../src/engine/types';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const [bankFile, ticketFile] = process.argv.slice(2);
if (!bankFile || !ticketFile) throw new Error('usage: startup.ts BANK.json TICKET.txt');

let bankText: string | undefined = readFileSync(bankFile, 'utf8');
const text = readFileSync(ticketFile, 'utf8');
const ticket: TicketSnapshot = { helpdesk: 'zendesk', messages: [{ role: 'customer', text }], latestCustomerMessage: text };
gc();
const heapBefore = process.memoryUsage().heapUsed;

const started = performance.now();
const bank = parseBank([{ fileName: 'bank.json', data: JSON.parse(bankText) }]);
const parsed = performance.now();
const engine = createEngine(bank);
const built = performance.now();
const first = engine.suggest(engine.analyse(ticket), ticket);
const ready = performance.now();

bankText = undefined;
gc();
const heapAfter = process.memoryUsage().heapUsed;
if (first.suggestions.length === 0) throw new Error('the first suggestion came back empty: the start-up figure would mean nothing');
console.log(
  JSON.stringify({
    phrases: bank.phrases.length,
    parseMs: parsed - started,
    engineMs: built - parsed,
    firstSuggestMs: ready - built,
    readyMs: ready - started,
    heapMB: (heapAfter - heapBefore) / 2 ** 20,
    // Keeps the engine alive until the heap was measured.
    search: engine.search('refund').length,
  }),
);

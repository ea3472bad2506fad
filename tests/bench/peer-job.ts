// One slow piece of peer work, run in a child process by run.ts so two run at once on a 2-core machine, after our
// own figures are taken (a peer's garbage never lands in our samples). The job arrives as JSON in argv[2]; the
// answer is one JSON line on stdout. Banks and tickets are rebuilt from the same seeds as in run.ts.
import type { Bank } from '../../src/engine/types';
import { expandBank, ourBank } from './banks';
import { loadCorpus } from './corpus';
import { measure, rotating, type Timing } from './measure';
import { peerNewIndexPerQuery, peerPrebuiltTokenSearch } from './peers';
import { peerQuality, type QualityFile } from './quality';
import { ticketPools, type TicketSize } from './tickets';

export type BankName = 'ours' | '5 000' | '50 000';

export type PeerJob =
  | { kind: 'suggest'; peer: 'a' | 'b'; bank: BankName; cells: { size: TicketSize; samples: number }[] }
  | { kind: 'quality'; file: QualityFile };

const BANK_SIZES: Record<BankName, number> = { ours: 0, '5 000': 5_000, '50 000': 50_000 };

function bankNamed(name: BankName): Bank {
  const ours = ourBank();
  return name === 'ours' ? ours : expandBank(ours, BANK_SIZES[name], loadCorpus());
}

function run(job: PeerJob): unknown {
  if (job.kind === 'quality') return peerQuality(job.file, ourBank());
  const corpus = loadCorpus();
  const pools = ticketPools(corpus, ourBank());
  const bank = bankNamed(job.bank);
  // Peer (b) builds its index here, once, outside the timings; peer (a) builds one inside every query.
  const query = (job.peer === 'a' ? peerNewIndexPerQuery : peerPrebuiltTokenSearch)(bank);
  const timings: Record<string, Timing> = {};
  for (const { size, samples } of job.cells) {
    // The pool still rotates: a peer sees a different message each query, as ours does. No warm-up: a query
    // takes seconds, and its first run is what an agent waits for.
    timings[size] = measure(`peer ${job.peer} ${job.bank} ${size}`, rotating(pools[size], (t) => query(t.latestCustomerMessage)), {
      time: 0,
      iterations: samples,
      warmupTime: 0,
    });
  }
  return timings;
}

console.log(JSON.stringify(run(JSON.parse(process.argv[2]!) as PeerJob)));

// Plans an import against the bank the agent has (built-in ← team ← their own phrases, as the sidebar merges them), in
// a worker when the page can start one, so a large file never holds the page. Nothing here may touch extension
// APIs (storage, `browser`): a worker has none, and loading one fails the whole worker.
import { mergePersonal, type PersonalBank, type TeamLayer } from '../bank/builtin';
import { prepareImport, type PreparedImport, type SourceChoice } from './import-file';
import ImportWorker from './import-worker?worker';

export interface PlanRequest {
  personal: PersonalBank & { phrases: readonly Record<string, unknown>[] };
  /** The team bank in use (plain data: it crosses to the worker). */
  team?: TeamLayer;
  /** The most personal phrases storage keeps. */
  limit: number;
  choice: SourceChoice;
  fileName: string;
  text: string;
}

export function planImport({ personal, team, limit, choice, fileName, text }: PlanRequest): PreparedImport {
  return prepareImport({ bank: mergePersonal(personal, team).bank, personal: personal.phrases, limit }, choice, fileName, text);
}

/** The plan, and where it was computed (the preview shows it to tests as `data-planned-in`). */
export interface Planned {
  prepared: PreparedImport;
  plannedIn: 'worker' | 'page';
}

/**
 * The plan, computed in a worker. Where none can run (a test DOM, a browser refusing it) the page computes it
 * itself after letting "Reading…" paint: the same result, with the page busy meanwhile.
 */
export function planImportOffThread(request: PlanRequest): Promise<Planned> {
  const onPage = () =>
    new Promise<Planned>((resolve) => setTimeout(() => resolve({ prepared: planImport(request), plannedIn: 'page' }), 0));
  let worker: Worker;
  try {
    worker = new ImportWorker();
  } catch {
    return onPage();
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<PreparedImport>) => {
      worker.terminate();
      resolve({ prepared: event.data, plannedIn: 'worker' });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onPage());
    };
    worker.postMessage(request);
  });
}

// Plans an import off the page's main thread: a 10 MB export (some 30 000 macros) takes over a second to read
// and compare, which on the page itself would freeze scrolling and typing for that long.
import { planImport, type PlanRequest } from './plan-import';

self.onmessage = (event: MessageEvent<PlanRequest>) => {
  self.postMessage(planImport(event.data));
};

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetSchemaCheck } from './schema-ready';

/** Every storage test starts from an empty browser, and its first access migrates again (as a new page would). */
export function freshStorage(): void {
  fakeBrowser.reset();
  forgetSchemaCheck();
}

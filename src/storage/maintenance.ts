import { browser } from 'wxt/browser';
import { refreshAutoBackup } from './backup';
import { kindOfKey } from './records';
import { checkAndRepair } from './repair';
import { schemaReady } from './schema-ready';

/** Long enough that a burst of changes (an import, quick pins) makes one backup, short enough to finish before the worker sleeps. */
const BACKUP_DELAY_MS = 2_000;

/**
 * The background script's share of storage: on every start (install, update, browser start, or waking up)
 * migrate, check and repair, then back up; after any change to a record, refresh the automatic backup.
 */
export function startStorageMaintenance(): void {
  void schemaReady()
    .then(() => checkAndRepair())
    .then(() => refreshAutoBackup())
    .catch((error) => console.error('Composure: storage maintenance failed', error));
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes) => {
    if (!Object.keys(changes).some((key) => kindOfKey(key))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refreshAutoBackup().catch(() => undefined), BACKUP_DELAY_MS);
  });
}

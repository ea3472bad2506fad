import { useEffect, useState } from 'preact/hooks';
import { applyRestore, backupFileName, createBackup, planRestore, readAutoBackup, type RestorePlan } from '../storage/backup';
import { readSyncFallback, type SyncFallback } from '../storage/record-store';
import { checkAndRepair, dismissHealth, readHealth, readQuarantine, type Health } from '../storage/repair';
import { downloadText } from './download';

/** A backup of a few thousand phrases is well under this; anything larger is not one of ours. */
const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

interface Status {
  health: Health;
  fallback?: SyncFallback;
  lastBackup?: string;
}

async function loadStatus(): Promise<Status> {
  // Checked here too, not only when the background starts: what the agent sees is never older than this page.
  await checkAndRepair();
  const [health, fallback, auto] = await Promise.all([readHealth(), readSyncFallback(), readAutoBackup()]);
  return { health, ...(fallback ? { fallback } : {}), ...(auto ? { lastBackup: auto.createdAt } : {}) };
}

const when = (iso: string | number) => new Date(iso).toLocaleString();

/**
 * Where the agent's data lives and what happened to it: problems the storage check found and repaired, settings
 * kept on this browser because sync refused them, and a backup file to download or restore.
 */
export function StorageSection() {
  const [status, setStatus] = useState<Status | null>(null);
  const [restore, setRestore] = useState<{ name: string; plan: RestorePlan } | null>(null);
  const [message, setMessage] = useState('');
  const reload = () => void loadStatus().then(setStatus, (error) => setMessage(`Could not check storage: ${(error as Error).message}`));
  useEffect(reload, []);

  const exportBackup = async () => {
    downloadText(backupFileName(), JSON.stringify(await createBackup(), null, 2), 'application/json');
    setMessage('Backup downloaded.');
  };
  const pickBackup = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setRestore({ name: file.name, plan: { ok: false, problem: `the file is ${Math.round(file.size / 1e6)} MB; a Composure backup is far smaller` } });
      return;
    }
    setRestore({ name: file.name, plan: planRestore(await file.text()) });
  };
  const confirmRestore = async () => {
    if (!restore?.plan.ok) return;
    const count = await applyRestore(restore.plan);
    setRestore(null);
    setMessage(`Restored ${count} records from ${restore.name}.`);
  };
  const downloadQuarantine = async () =>
    downloadText('composure-set-aside.json', JSON.stringify(await readQuarantine(), null, 2), 'application/json');

  const health = status?.health;
  return (
    <section aria-labelledby="storage-heading" data-testid="storage-section">
      <h2 id="storage-heading">Your data</h2>
      <p class="muted">
        Kept in this browser only: phrases, pins and stats in its local storage; sidebar settings in its sync storage, which
        follows you to your other browsers when you sign in to them.
        {status?.lastBackup && <> Last automatic backup: {when(status.lastBackup)}.</>}
      </p>
      {health?.newerSchema !== undefined && (
        <p class="problem error" data-testid="storage-newer-schema">
          Your data was written by a newer version of Composure (storage schema {health.newerSchema}). This version shows what it
          can read and changes nothing else: update Composure to get everything back.
        </p>
      )}
      {status?.fallback && (
        <p class="problem warning" data-testid="sync-fallback">
          Sidebar settings are saved on this browser only, since {when(status.fallback.at)}: sync refused them ({status.fallback.reason}).
        </p>
      )}
      {health && health.entries.length > 0 && (
        <div class="problems" data-testid="storage-health">
          <p>Composure found damaged data and repaired what it could:</p>
          <ul>
            {health.entries.map((entry) => (
              <li key={`${entry.key}-${entry.at}`} data-testid="storage-health-entry" data-key={entry.key} data-outcome={entry.outcome}>
                {when(entry.at)}: {entry.what} (<code>{entry.key}</code>) — {entry.problem}.{' '}
                {entry.outcome === 'restored'
                  ? `Restored from the backup of ${when(entry.backupAt ?? '')}.`
                  : 'No good copy in the backup: set aside (download it below).'}
              </li>
            ))}
          </ul>
          <div class="row">
            {health.entries.some((e) => e.outcome === 'set-aside') && (
              <button type="button" onClick={() => void downloadQuarantine()}>
                Download what was set aside
              </button>
            )}
            <button type="button" data-testid="storage-health-dismiss" onClick={() => void dismissHealth().then(reload)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      <div class="row">
        <button type="button" data-testid="backup-export" onClick={() => void exportBackup()}>
          Download a backup
        </button>
        <label class="file-button">
          Restore a backup…
          <input type="file" accept=".json,application/json" data-testid="backup-restore-file" onChange={(e) => void pickBackup((e.currentTarget as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      {restore && (
        <div class="preview-box" data-testid="backup-restore-preview">
          {restore.plan.ok ? (
            <>
              <p>
                {restore.name}, made {when(restore.plan.createdAt)}:{' '}
                {restore.plan.counts.map((c) => `${c.count} × ${c.what}`).join(', ') || 'nothing to restore'}. Records with the same key
                are replaced; everything else you have stays.
              </p>
              {restore.plan.invalid.length > 0 && (
                <ul class="problems" data-testid="backup-restore-invalid">
                  {restore.plan.invalid.map((bad) => (
                    <li key={bad.key} class="problem error">
                      Left out <code>{bad.key}</code>: {bad.problem}
                    </li>
                  ))}
                </ul>
              )}
              <div class="row">
                <button type="button" class="primary" data-testid="backup-restore-apply" onClick={() => void confirmRestore()}>
                  Restore
                </button>
                <button type="button" onClick={() => setRestore(null)}>
                  Cancel
                </button>
              </div>
            </>
          ) : (
            <p class="problem error" data-testid="backup-restore-problem">
              {restore.name} cannot be restored: {restore.plan.problem}. Nothing was changed.
            </p>
          )}
        </div>
      )}
      <p role="status" class="notice" data-testid="storage-notice">
        {message}
      </p>
    </section>
  );
}

import { browser } from 'wxt/browser';
import { describeShape, readJson } from '../engine/import/read-json';
import { isRecord } from './is-record';
import { putRecords, readRaw } from './record-store';
import { checkRecord, kindOfKey, RECORD_KINDS, SCHEMA_VERSION, type RecordKind } from './records';

/**
 * A backup is every record the storage core owns — personal phrases, switched-off phrases, pins, pick and
 * dismiss counts, daily stats, site settings — as they are stored, in one JSON file. The same shape is kept
 * automatically in `backup:auto` (refreshed by the background script after each change) for repairs.
 * Team banks are not in it: they come back from their URL.
 */
export const BACKUP_FORMAT = 'composure-backup';
export const AUTO_BACKUP_KEY = 'backup:auto';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schema: number;
  createdAt: string;
  records: Record<string, unknown>;
}

/** The valid records of every kind, by key, and the keys of those that are broken now. */
async function currentRecords(): Promise<{ records: Record<string, unknown>; broken: string[] }> {
  const records: Record<string, unknown> = {};
  const broken: string[] = [];
  for (const kind of RECORD_KINDS) {
    for (const [key, raw] of Object.entries(await readRaw(kind))) {
      if (checkRecord(kind, key, raw).ok) records[key] = raw;
      else broken.push(key);
    }
  }
  return { records, broken };
}

export async function createBackup(now = new Date()): Promise<Backup> {
  return { format: BACKUP_FORMAT, schema: SCHEMA_VERSION, createdAt: now.toISOString(), records: (await currentRecords()).records };
}

export function backupFileName(now = new Date()): string {
  return `composure-backup-${now.toISOString().slice(0, 10)}.json`;
}

export async function readAutoBackup(): Promise<Backup | undefined> {
  const raw = (await browser.storage.local.get(AUTO_BACKUP_KEY))[AUTO_BACKUP_KEY];
  const checked = checkBackup(raw);
  return checked.ok ? checked.backup : undefined;
}

/**
 * Replaces the automatic backup with what is stored now. A record that is broken now keeps its copy from the
 * previous backup: a corruption never overwrites the good copy it will be repaired from.
 */
export async function refreshAutoBackup(now = new Date()): Promise<Backup> {
  const [{ records, broken }, previous] = await Promise.all([currentRecords(), readAutoBackup()]);
  for (const key of broken) {
    if (previous && key in previous.records) records[key] = previous.records[key];
  }
  const backup: Backup = { format: BACKUP_FORMAT, schema: SCHEMA_VERSION, createdAt: now.toISOString(), records };
  await browser.storage.local.set({ [AUTO_BACKUP_KEY]: backup });
  return backup;
}

type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: string };

function checkBackup(data: unknown): BackupCheck {
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    return { ok: false, problem: `not a Composure backup: expected "format": "${BACKUP_FORMAT}", found ${describeShape(data)}` };
  }
  if (typeof data.schema !== 'number') return { ok: false, problem: 'the backup does not say which schema it follows ("schema")' };
  if (data.schema > SCHEMA_VERSION) {
    return { ok: false, problem: `made by a newer Composure (schema ${data.schema}; this version reads schema ${SCHEMA_VERSION}): update Composure, then restore it` };
  }
  if (data.schema < SCHEMA_VERSION) return { ok: false, problem: `schema ${data.schema} is older than any backup Composure has written` };
  if (!isRecord(data.records)) return { ok: false, problem: `"records" should be an object, found ${describeShape(data.records)}` };
  return { ok: true, backup: data as unknown as Backup };
}

export interface RestoreItem {
  key: string;
  what: string;
}

export type RestorePlan =
  | {
      ok: true;
      createdAt: string;
      /** Valid records, by kind, ready to write. */
      valid: { kind: RecordKind<unknown>; entries: [string, unknown][] }[];
      /** How many records of each kind ("a pin" → 3). */
      counts: { what: string; count: number }[];
      /** Records left out, each with the reason. */
      invalid: { key: string; problem: string }[];
    }
  | { ok: false; problem: string };

/**
 * Reads a backup file and says what restoring it would do; nothing is written. A syntax error is reported
 * with its line and column; a broken record is listed with its key and reason and left out, the rest restore.
 */
export function planRestore(text: string): RestorePlan {
  const read = readJson(text);
  if ('problem' in read) {
    const { message, line, column } = read.problem;
    return { ok: false, problem: line ? `line ${line}, column ${column}: ${message}` : message };
  }
  const checked = checkBackup(read.data);
  if (!checked.ok) return checked;
  const byKind = new Map<RecordKind<unknown>, [string, unknown][]>();
  const invalid: { key: string; problem: string }[] = [];
  for (const [key, raw] of Object.entries(checked.backup.records)) {
    const kind = kindOfKey(key);
    const record = kind ? checkRecord(kind, key, raw) : { ok: false as const, problem: 'not a kind of record Composure keeps' };
    if (!kind || !record.ok) invalid.push({ key, problem: record.ok ? '' : record.problem });
    else byKind.set(kind, [...(byKind.get(kind) ?? []), [key.slice(kind.prefix.length), record.value]]);
  }
  const valid = [...byKind].map(([kind, entries]) => ({ kind, entries }));
  return {
    ok: true,
    createdAt: String(checked.backup.createdAt ?? ''),
    valid,
    counts: valid.map(({ kind, entries }) => ({ what: kind.what, count: entries.length })),
    invalid,
  };
}

/** Writes a planned restore: each record replaces the one with its key; records not in the backup stay. */
export async function applyRestore(plan: Extract<RestorePlan, { ok: true }>): Promise<number> {
  for (const { kind, entries } of plan.valid) await putRecords(kind, entries);
  return plan.valid.reduce((sum, { entries }) => sum + entries.length, 0);
}

import { useRef, useState } from 'preact/hooks';
import { exportBank, IMPORT_SOURCES, type BankFormat, type ImportRow, type ImportStatus } from '../engine/import';
import type { TeamLayer } from '../bank/builtin';
import { MAX_PERSONAL_PHRASES, putPhrases, readPersonal, type PersonalPhrases } from '../storage/personal-phrases';
import { readTeamBank } from '../team-bank/cache';
import { downloadText } from './download';
import {
  appliedMessage,
  SOURCE_LABELS,
  sizeProblem,
  STATUSES,
  type PreparedImport,
  type SourceChoice,
} from './import-file';
import { planImportOffThread, type Planned } from './plan-import';
import './import.css';

/** Rows drawn at once: a table of thousands of rows is slow to lay out and to scroll; the filter reaches the rest. */
export const PREVIEW_ROWS = 200;

/** Where the section reads and writes personal phrases; tests pass their own. */
export interface ImportStore {
  readPersonal: () => Promise<PersonalPhrases>;
  /** The team bank in use, if any: a macro with a team phrase's text is a duplicate, and team ids are taken. */
  readTeam?: () => Promise<TeamLayer | undefined>;
  putPhrases: (phrases: readonly Record<string, unknown>[]) => Promise<void>;
}

const storage: ImportStore = { readPersonal, readTeam: () => readTeamBank().catch(() => undefined), putPhrases };

type Loaded =
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  | { kind: 'read'; fileName: string; text: string; prepared: PreparedImport; plannedIn: Planned['plannedIn'] };

/**
 * Import: pick a helpdesk export or a bank file, see every row with what would happen to it, and write the new
 * and changed phrases only when the agent says so. Export: the agent's phrases as a bank file the import (here or
 * on another browser) reads back. The personal list above follows storage, so it shows imported phrases itself.
 */
export function ImportSection({ store = storage, download = downloadText }: { store?: ImportStore; download?: typeof downloadText }) {
  const [choice, setChoice] = useState<SourceChoice>('auto');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [applying, setApplying] = useState(false);
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  // A file picked while another is being planned: only the latest one's preview may show.
  const latest = useRef(0);

  /** The plan against what storage holds now. */
  const planNow = async (fileName: string, text: string, source: SourceChoice) => {
    const [personal, team] = await Promise.all([store.readPersonal(), store.readTeam?.()]);
    return planImportOffThread({ personal, team, limit: MAX_PERSONAL_PHRASES, choice: source, fileName, text });
  };

  const plan = async (fileName: string, text: string, source: SourceChoice) => {
    const ticket = ++latest.current;
    setLoaded({ kind: 'reading', fileName });
    const { prepared, plannedIn } = await planNow(fileName, text, source);
    if (ticket === latest.current) setLoaded({ kind: 'read', fileName, text, prepared, plannedIn });
  };

  const reset = () => {
    latest.current++;
    setLoaded(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const pick = async (file: File | undefined) => {
    setNotice('');
    if (!file) return reset();
    latest.current++;
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) return setLoaded({ kind: 'refused', fileName: file.name, message: tooLarge });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setLoaded({ kind: 'refused', fileName: file.name, message: `The file could not be read: ${(error as Error).message}` });
    }
    await plan(file.name, text, choice);
  };

  const changeSource = (next: SourceChoice) => {
    setChoice(next);
    if (loaded?.kind === 'read') void plan(loaded.fileName, loaded.text, next);
  };

  const apply = async () => {
    if (loaded?.kind !== 'read' || loaded.prepared.kind !== 'plan') return;
    const { fileName, text } = loaded;
    setApplying(true);
    try {
      // The agent may have changed their phrases (in another tab) since the preview was made: what is written must
      // be what they were shown, so the plan is made again and a different one is shown instead of applied.
      const again = await planNow(fileName, text, choice);
      if (again.prepared.kind !== 'plan' || !samePlan(again.prepared, loaded.prepared)) {
        setLoaded({ kind: 'read', fileName, text, ...again });
        setNotice('Your phrases changed since this preview was made, so nothing was imported yet: please check the preview again.');
        return;
      }
      await store.putPhrases(again.prepared.toApply);
      setNotice(appliedMessage(again.prepared.counts, fileName));
      reset();
    } catch (error) {
      setNotice(`Nothing imported: ${(error as Error).message}`);
    } finally {
      setApplying(false);
    }
  };

  const exportAs = async (format: BankFormat) => {
    const { phrases } = await store.readPersonal();
    if (phrases.length === 0) return setNotice('You have no phrases of your own to export yet.');
    const fileName = `composure-phrases-${new Date().toISOString().slice(0, 10)}.${format}`;
    download(fileName, exportBank(phrases, format), format === 'json' ? 'application/json' : 'application/yaml');
    setNotice(`Exported ${phrases.length} phrase${phrases.length === 1 ? '' : 's'} as ${fileName}.`);
  };

  const failed = loaded?.kind === 'read' && loaded.prepared.kind === 'problem' ? loaded.prepared : undefined;
  const problem = loaded?.kind === 'refused' ? loaded.message : failed?.message;
  // Saying what the file was read as helps when it was read as the wrong thing.
  const readAs = failed?.source ? `, read as ${SOURCE_LABELS[failed.source]},` : '';

  return (
    <section aria-labelledby="import-heading" class="import-section">
      <h2 id="import-heading">Import and export</h2>
      <p class="muted">
        Bring in your team’s Zendesk macros, Freshdesk canned responses, a CSV sheet or a Composure bank file. You see
        every entry and what would happen to it before anything is saved.
      </p>
      <div class="import-controls">
        <label>
          File from
          <select data-testid="import-source" value={choice} onChange={(e) => changeSource((e.target as HTMLSelectElement).value as SourceChoice)}>
            <option value="auto">Detect from the file</option>
            {IMPORT_SOURCES.map((source) => (
              <option key={source} value={source}>
                {SOURCE_LABELS[source]}
              </option>
            ))}
          </select>
        </label>
        <label>
          File to import
          <input
            ref={fileInput}
            type="file"
            data-testid="import-file"
            accept=".json,.yaml,.yml,.csv,application/json,text/csv"
            onChange={(e) => void pick((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </div>

      {loaded?.kind === 'reading' && (
        <p class="muted" role="status">
          Reading {loaded.fileName}…
        </p>
      )}
      {problem !== undefined && loaded && (
        <div class="import-problem" role="alert" data-testid="import-problem">
          <p>
            <strong>{loaded.fileName}</strong>
            {readAs} cannot be imported: {problem}
          </p>
          <p>Nothing was imported.</p>
          <button type="button" data-testid="import-cancel" onClick={reset}>
            Choose another file
          </button>
        </div>
      )}
      {loaded?.kind === 'read' && loaded.prepared.kind === 'plan' && (
        <Preview fileName={loaded.fileName} prepared={loaded.prepared} plannedIn={loaded.plannedIn} applying={applying} onApply={() => void apply()} onCancel={reset} />
      )}

      <p role="status" class="notice" data-testid="import-notice">
        {notice}
      </p>

      <h3>Export your phrases</h3>
      <p class="muted">A bank file of the phrases you wrote or imported: keep it, share it, or import it in another browser.</p>
      <div class="row-actions">
        <button type="button" data-testid="export-json" onClick={() => void exportAs('json')}>
          Export my phrases as JSON
        </button>
        <button type="button" data-testid="export-yaml" onClick={() => void exportAs('yaml')}>
          Export my phrases as YAML
        </button>
      </div>
    </section>
  );
}

type Plan = Extract<PreparedImport, { kind: 'plan' }>;

/** Two plans that would show the same rows and write the same phrases. */
function samePlan(a: Plan, b: Plan): boolean {
  const rowsOf = (plan: Plan) => JSON.stringify(plan.rows.map((row) => [row.row, row.status, row.phraseId, row.reason]));
  return JSON.stringify(a.toApply) === JSON.stringify(b.toApply) && rowsOf(a) === rowsOf(b) && a.blocked === b.blocked;
}

function rowPlace(plan: Plan, row: ImportRow): string {
  return plan.source === 'csv' ? `line ${row.row}` : String(row.row);
}

function Preview(props: { fileName: string; prepared: Plan; plannedIn: Planned['plannedIn']; applying: boolean; onApply: () => void; onCancel: () => void }) {
  const { prepared } = props;
  const [show, setShow] = useState<ImportStatus | 'all'>('all');
  const rows = show === 'all' ? prepared.rows : prepared.rows.filter((r) => r.status === show);
  const shown = rows.slice(0, PREVIEW_ROWS);
  const count = prepared.toApply.length;
  const canApply = count > 0 && !prepared.blocked && !props.applying;
  return (
    <div class="import-preview" data-planned-in={props.plannedIn}>
      <p data-testid="import-counts" aria-live="polite">
        <strong>{props.fileName}</strong>, read as {SOURCE_LABELS[prepared.source]}
        {prepared.detected ? ' (told by the file)' : ''}: {prepared.rows.length} entr{prepared.rows.length === 1 ? 'y' : 'ies'} —{' '}
        {STATUSES.map((status, i) => (
          <span key={status}>
            {i > 0 && ', '}
            <span class={`status status-${status}`} data-status={status} data-count={prepared.counts[status]}>
              {prepared.counts[status]} {status}
            </span>
          </span>
        ))}
        .
      </p>
      {prepared.notes.map((note) => (
        <p key={note} class="muted">
          {note}
        </p>
      ))}
      {prepared.blocked && (
        <p class="problem error" role="alert" data-testid="import-blocked">
          {prepared.blocked}
        </p>
      )}
      <label class="import-filter">
        Show
        <select value={show} onChange={(e) => setShow((e.target as HTMLSelectElement).value as ImportStatus | 'all')}>
          <option value="all">all entries ({prepared.rows.length})</option>
          {STATUSES.map((status) => (
            <option key={status} value={status} disabled={prepared.counts[status] === 0}>
              {status} ({prepared.counts[status]})
            </option>
          ))}
        </select>
      </label>
      {/* Scrolls on its own: focusable so the keyboard can scroll it too. */}
      <div class="import-table-wrap" tabIndex={0} role="region" aria-label="Preview of the entries">
        <table data-testid="import-preview">
          <caption class="visually-hidden">What importing {props.fileName} would do, entry by entry</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Phrase</th>
              <th scope="col">Why / notes</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={`${i}-${String(row.row)}`} data-testid="import-row" data-status={row.status}>
                <td>{rowPlace(prepared, row)}</td>
                <td>{row.title}</td>
                <td>
                  <span class={`status status-${row.status}`}>{row.status}</span>
                </td>
                <td>{row.phraseId ? <code>{row.phraseId}</code> : '—'}</td>
                <td>{row.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length && (
        <p class="muted" data-testid="import-more">
          {rows.length - shown.length} more not shown here; choose a status under “Show” to see those rows first.
        </p>
      )}
      <div class="row-actions">
        <button type="button" class="primary" data-testid="import-apply" disabled={!canApply} onClick={props.onApply}>
          {props.applying ? 'Importing…' : `Import ${count} phrase${count === 1 ? '' : 's'}`}
        </button>
        <button type="button" data-testid="import-cancel" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

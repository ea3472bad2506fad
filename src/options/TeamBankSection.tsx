import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground, readTeamState, watchTeamState, type TeamState } from '../team-bank/client';
import type { TeamBankReply } from '../team-bank/messages';
import { INLINE_POLICY_URL, type TeamStatus } from '../team-bank/types';
import { checkBankUrl } from '../team-bank/url-rules';
import { CATEGORY_LABELS } from '../ui/labels';
import './team-bank.css';

const SHOWN = 50;
const when = (iso: string) => new Date(iso).toLocaleString();
/** The host named in messages (the URLs shown here were checked, so they parse). */
const origin = (url: string) => new URL(url).host;

/** The last check in one line: what happened, when. */
function checkSummary(status: TeamStatus): string {
  if (!status.ok) return `Last check ${when(status.checkedAt)} failed; the last good copy stays in use.`;
  return `Last check ${when(status.checkedAt)}: ${status.notModified ? 'unchanged since the last copy' : 'up to date'}.`;
}

/**
 * The team bank: the URL it comes from (the agent's, or the organisation's through browser policy), the last good
 * copy in use, the last check and what failed, and the team's phrases with their locks.
 */
export function TeamBankSection() {
  const [state, setState] = useState<TeamState | null>(null);
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    const load = () => void readTeamState().then((next) => live && setState(next));
    load();
    const stop = watchTeamState(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  useEffect(() => {
    if (state?.url && !state.byOrganisation) setInput((current) => current || state.url!);
  }, [state?.url]);

  if (!state) return null;

  const run = async (label: string, action: () => Promise<TeamBankReply>, done: string) => {
    setBusy(label);
    setMessage(null);
    const reply = await action();
    setBusy('');
    setState(await readTeamState());
    if (!reply.ok) setMessage({ text: reply.error, error: true });
    else setMessage({ text: reply.status && !reply.status.ok ? 'The check failed: see below.' : done, error: false });
  };

  // The permission prompt must open from the click itself (a user gesture): nothing is awaited before it.
  const askAccess = (url: string): Promise<boolean> => {
    const checked = checkBankUrl(url);
    if (!checked.ok) return Promise.resolve(false);
    return browser.permissions.request({ origins: [checked.origins] }).catch(() => false);
  };

  const useBank = () => {
    const checked = checkBankUrl(input);
    if (!checked.ok) {
      setMessage({ text: checked.error, error: true });
      return;
    }
    void askAccess(checked.url).then((granted) => {
      if (!granted) {
        setMessage({ text: `Not saved: Composure needs your permission to read files from ${origin(checked.url)}. Click “Use this bank” again and allow it.`, error: true });
        return;
      }
      setInput(checked.url);
      void run('save', () => askBackground({ action: 'set-url', url: checked.url }), 'Team bank saved and checked.');
    });
  };

  const stopUsing = () => {
    const previous = state.url;
    void run('stop', () => askBackground({ action: 'stop' }), 'Team bank no longer used.').then(() => {
      setInput('');
      const checked = previous ? checkBankUrl(previous) : undefined;
      // Give the host back; the browser keeps what the extension was installed with (the e2e build's localhost).
      if (checked?.ok) void browser.permissions.remove({ origins: [checked.origins] }).catch(() => undefined);
    });
  };

  const grantForOrganisation = () => {
    if (!state.url) return;
    void askAccess(state.url).then((granted) => {
      if (granted) void run('check', () => askBackground({ action: 'check' }), 'Access granted; team bank checked.');
    });
  };

  const { cache, status, policy } = state;
  const locked = new Set(cache?.locked);
  const phrases = cache?.bank.phrases ?? [];
  const configured = state.byOrganisation || Boolean(state.url);

  return (
    <section aria-labelledby="team-heading" class="team-bank">
      <h2 id="team-heading">Team bank</h2>
      <p class="muted">
        Phrases and lines to avoid your team keeps in one file (Composure bank format, JSON or YAML) at an https address: checked again every{' '}
        {policy.refreshHours} hours, and used only when it has no errors. Your own phrases replace team phrases with the same id, except the ones your team locked.
      </p>

      {state.byOrganisation ? (
        <div class="team-source organisation" data-testid="team-bank-source" data-source="organisation">
          <span class="badge">Set by your organisation</span>{' '}
          {policy.inline !== undefined ? 'A bank pushed with the browser policy.' : state.url ? <code class="team-url">{state.url}</code> : null}
          {policy.error && <p class="problem error">{policy.error}</p>}
          {state.url && state.granted === false && (
            <p>
              Composure may not read {origin(state.url)} unless the server allows it.{' '}
              <button type="button" data-testid="team-bank-grant" onClick={grantForOrganisation}>
                Allow access to {origin(state.url)}
              </button>
            </p>
          )}
        </div>
      ) : (
        <form
          class="team-form"
          onSubmit={(e) => {
            e.preventDefault();
            useBank();
          }}
        >
          <label class="field">
            Team bank URL
            <input
              type="url"
              data-testid="team-bank-url"
              placeholder="https://intranet.example.com/composure/bank.json"
              value={input}
              onInput={(e) => setInput((e.target as HTMLInputElement).value)}
            />
          </label>
          <div class="actions">
            <button type="submit" class="primary" data-testid="team-bank-save" disabled={Boolean(busy)}>
              {busy === 'save' ? 'Checking…' : 'Use this bank'}
            </button>
            {state.url && (
              <button type="button" data-testid="team-bank-stop" disabled={Boolean(busy)} onClick={stopUsing}>
                Stop using
              </button>
            )}
          </div>
        </form>
      )}

      {message && (
        <p class={message.error ? 'problem error' : 'muted'} role={message.error ? 'alert' : 'status'} data-testid="team-bank-message">
          {message.text}
        </p>
      )}

      {configured && (
        <div class="team-status" data-testid="team-bank-status" data-ok={status ? String(status.ok) : undefined}>
          <p>
            Source: <strong>{state.byOrganisation ? 'your organisation' : 'you'}</strong>
          </p>
          {cache ? (
            <p>
              In use: <span data-testid="team-bank-count" data-count={phrases.length}>{phrases.length} phrase{phrases.length === 1 ? '' : 's'}</span>
              {cache.bank.rules.length > 0 && `, ${cache.bank.rules.length} line${cache.bank.rules.length === 1 ? '' : 's'} to avoid`}
              {cache.bank.playbooks.length > 0 && `, ${cache.bank.playbooks.length} playbook${cache.bank.playbooks.length === 1 ? '' : 's'}`} from{' '}
              {cache.url === INLINE_POLICY_URL ? 'the policy' : <code class="team-url">{cache.url}</code>}, fetched {when(cache.fetchedAt)}.
            </p>
          ) : (
            <p class="muted">No good copy yet: nothing from the team bank is used.</p>
          )}
          {status && <p>{checkSummary(status)}</p>}
          {status && !status.ok && (
            <div class="team-error" role="alert" data-testid="team-bank-error">
              <p>{status.error}</p>
              {status.problems && status.problems.length > 1 && (
                <ul class="problems">
                  {status.problems.map((line) => (
                    <li key={line} class="problem error">
                      {line}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {status?.ok && status.problems && status.problems.length > 0 && (
            <details>
              <summary>{status.problems.length} note{status.problems.length === 1 ? '' : 's'} about the file</summary>
              <ul class="problems">
                {status.problems.map((line) => (
                  <li key={line} class="problem warning">
                    {line}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" data-testid="team-bank-check" disabled={Boolean(busy)} onClick={() => void run('check', () => askBackground({ action: 'check' }), 'Checked.')}>
            {busy === 'check' ? 'Checking…' : 'Check now'}
          </button>
        </div>
      )}

      {phrases.length > 0 && (
        <>
          <h3>Team phrases</h3>
          <ul class="phrase-list">
            {phrases.slice(0, SHOWN).map((phrase) => (
              <li key={phrase.id} data-testid="team-phrase" data-phrase-id={phrase.id} data-locked={String(locked.has(phrase.id))}>
                <span class="phrase-text">{phrase.text}</span>
                <span class="tags">
                  <span class="tag">{CATEGORY_LABELS[phrase.category] ?? phrase.category}</span>
                  {locked.has(phrase.id) && (
                    <span class="tag locked" data-testid="team-locked" title="Your team locked this phrase: it cannot be replaced or switched off">
                      Locked by your team
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {phrases.length > SHOWN && <p class="muted">…and {phrases.length - SHOWN} more.</p>}
        </>
      )}
    </section>
  );
}

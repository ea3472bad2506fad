import { useState } from 'preact/hooks';
import type { AvoidRule } from '../engine/types';
import { builtinMatches } from './builtin-search';

const SHOWN = 30;

/** Finds built-in lines to avoid by their words, reason or id, and switches each off or back on for the sidebar. */
export function BuiltinRules(props: { rules: readonly AvoidRule[]; disabled: readonly string[]; onToggle: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const off = new Set(props.disabled);
  const matches = builtinMatches(props.rules, query, (rule) => `${rule.id} ${rule.patterns.join(' ')} ${rule.why}`, off);
  return (
    <section aria-labelledby="builtin-rules-heading">
      <h2 id="builtin-rules-heading">Built-in lines to avoid</h2>
      <p class="muted">
        Search the {props.rules.length} lines to avoid that ship with Composure; switch off the ones you never want flagged.
        {props.disabled.length > 0 && ` ${props.disabled.length} switched off.`}
      </p>
      <input
        type="search"
        data-testid="builtin-rule-search"
        aria-label="Search built-in lines to avoid"
        placeholder="Search by words, e.g. calm down"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <ul class="phrase-list">
        {matches.slice(0, SHOWN).map((rule) => (
          <li key={rule.id} class={off.has(rule.id) ? 'off' : ''} data-testid="builtin-rule" data-rule-id={rule.id}>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                data-testid="builtin-rule-toggle"
                checked={!off.has(rule.id)}
                onChange={() => props.onToggle(rule.id)}
              />
              <span>
                <span class="phrase-text">{rule.patterns.map((p) => `“${p}”`).join(', ')}</span>
                <span class="muted rule-why">{rule.why}</span>
              </span>
            </label>
            <span class="tag">{rule.severity}</span>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && <p class="muted">{matches.length - SHOWN} more: narrow the search.</p>}
      {query && matches.length === 0 && <p class="muted">No built-in line to avoid has those words.</p>}
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { Phrase } from '../engine/types';
import { CATEGORY_LABELS } from '../ui/labels';
import { builtinMatches } from './builtin-search';

const SHOWN = 30;

/** Finds built-in phrases by their words (or id) and switches each off or back on for the sidebar. */
export function BuiltinPhrases(props: { phrases: readonly Phrase[]; disabled: readonly string[]; onToggle: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const off = new Set(props.disabled);
  const matches = builtinMatches(props.phrases, query, (phrase) => `${phrase.id} ${phrase.text}`, off);
  return (
    <section aria-labelledby="builtin-heading">
      <h2 id="builtin-heading">Built-in phrases</h2>
      <p class="muted">
        Search the {props.phrases.length} phrases that ship with Composure; switch off the ones you never want suggested.
        {props.disabled.length > 0 && ` ${props.disabled.length} switched off.`}
      </p>
      <input
        type="search"
        data-testid="builtin-search"
        aria-label="Search built-in phrases"
        placeholder="Search by words, e.g. sorry for the wait"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <ul class="phrase-list">
        {matches.slice(0, SHOWN).map((phrase) => (
          <li key={phrase.id} class={off.has(phrase.id) ? 'off' : ''} data-testid="builtin-phrase" data-phrase-id={phrase.id}>
            <label class="switch">
              <input type="checkbox" role="switch" data-testid="builtin-toggle" checked={!off.has(phrase.id)} onChange={() => props.onToggle(phrase.id)} />
              <span class="phrase-text">{phrase.text}</span>
            </label>
            <span class="tag">{CATEGORY_LABELS[phrase.category]}</span>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN && <p class="muted">{matches.length - SHOWN} more: narrow the search.</p>}
      {query && matches.length === 0 && <p class="muted">No built-in phrase has those words.</p>}
    </section>
  );
}

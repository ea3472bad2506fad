// Which phrases may not be offered on this ticket, whatever they score: the ones the agent hid for it, the ones the
// policy rules out (already in the draft, wrong for the customer's mood), and questions the customer has answered.
import type { BankIndex } from './bank-index';
import type { ReplyPolicy } from './policy';
import type { ProvidedReading } from './provided';

export class PhraseFilter {
  private readonly hidden: ReadonlySet<string> | undefined;

  constructor(
    private readonly index: BankIndex,
    private readonly policy: ReplyPolicy,
    private readonly provided: ProvidedReading,
    hidden: unknown,
  ) {
    // Caller data: anything but a non-empty list hides nothing.
    this.hidden = Array.isArray(hidden) && hidden.length > 0 ? new Set(hidden) : undefined;
  }

  /** True when phrase i (a bank index) must not be offered. */
  skips(i: number): boolean {
    const phrase = this.index.phrases[i]!;
    return this.hidden?.has(phrase.id) === true || this.policy.excludes(phrase) || this.provided.alreadyAnswered(phrase);
  }
}

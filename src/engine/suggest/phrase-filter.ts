// Which phrases may not be offered on this ticket, whatever they score: the ones the agent hid for it, the ones the
// policy rules out (already in the draft, wrong for the customer's mood), and questions the customer has answered.
import type { BankIndex } from './bank-index';
import type { ReplyPolicy } from './policy';
import type { ProvidedReading } from './provided';

export class PhraseFilter {
  private readonly hidden: ReadonlySet<string> | undefined;
  /** False on most tickets (nothing hidden, no draft, a customer who is not calm, nothing given): nothing is skipped. */
  private readonly skipsAny: boolean;

  constructor(
    private readonly index: BankIndex,
    private readonly policy: ReplyPolicy,
    private readonly provided: ProvidedReading,
    hidden: unknown,
  ) {
    // Caller data: anything but a non-empty list hides nothing.
    this.hidden = Array.isArray(hidden) && hidden.length > 0 ? new Set(hidden) : undefined;
    this.skipsAny = this.hidden !== undefined || policy.excludesAny || provided.facts.length > 0;
  }

  /** True when phrase i (a bank index) must not be offered. */
  skips(i: number): boolean {
    if (!this.skipsAny) return false;
    const { index } = this;
    return (
      (this.hidden !== undefined && this.hidden.has(index.phrases[i]!.id)) ||
      this.policy.excludes(index, i) ||
      this.provided.alreadyAnswered(index, i)
    );
  }
}

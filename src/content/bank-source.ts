import { engineFor } from '../bank/builtin';
import type { Engine } from '../engine';
import { EMPTY_PERSONAL, personalPhrases, type PersonalPhrases } from '../storage/personal-phrases';
import { readTeamBank, watchTeamBank } from '../team-bank/cache';
import type { TeamBank } from '../team-bank/types';

/**
 * The engine the sidebar runs on: the built-in bank, the team bank over it, the agent's own phrases and lines
 * to avoid on top. Rebuilt when the agent saves in the options page or the background brings a new team bank,
 * so an open sidebar follows without a reload. Storage that cannot be read leaves the built-in bank working.
 */
export interface BankSource {
  engine: Engine;
  stop(): void;
}

export async function openBankSource(onChange: (engine: Engine) => void): Promise<BankSource> {
  let personal: PersonalPhrases = (await personalPhrases.get().catch(() => undefined)) ?? EMPTY_PERSONAL;
  let team: TeamBank | undefined = await readTeamBank().catch(() => undefined);
  const source: BankSource = { engine: engineFor(personal, team), stop: () => stops.forEach((stop) => stop()) };
  const rebuild = () => {
    source.engine = engineFor(personal, team);
    onChange(source.engine);
  };
  const stops = [
    personalPhrases.watch((next) => {
      personal = next;
      rebuild();
    }),
    watchTeamBank((next) => {
      team = next;
      rebuild();
    }),
  ];
  return source;
}

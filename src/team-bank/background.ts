/** Keeps the team bank fresh from the background script: placeholder until the team-bank work lands. */
export function startTeamBankSync(): void {}

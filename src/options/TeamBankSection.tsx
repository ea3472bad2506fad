/** The team bank: placeholder until the team-bank work lands. */
export function TeamBankSection() {
  return null;
}

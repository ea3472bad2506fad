export const DIST: string;
export function buildDemo(options?: { force?: boolean }): Promise<void>;

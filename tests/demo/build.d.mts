export const DIST: string;
export function buildDemo(options?: { force?: boolean }): Promise<{ built: boolean; ms: number; outDir: string }>;

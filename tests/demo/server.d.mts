export function startDemoServer(options?: { port?: number }): Promise<{ url: string; port: number; close(): Promise<void> }>;

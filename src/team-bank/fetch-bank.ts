// One conditional GET of the team bank file, from the background script. Nothing about the agent or their
// tickets goes with it: no body, no query added, no cookies or credentials, no referrer.
import { checkBankUrl } from './url-rules';
import type { TeamCache } from './types';

/** Bigger than any bank a team writes by hand (our 427 phrases are 150 KB); smaller than storage quotas. */
export const MAX_BANK_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export interface FetchDeps {
  fetch: typeof fetch;
  /** Whether the agent granted the host permission: without it, the server must allow CORS. */
  hasHostPermission: (origins: string) => Promise<boolean>;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; contentType: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; error: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function httpError(status: number, statusText: string, url: string): string {
  const hint =
    status === 401 || status === 403
      ? ': the server wants a sign-in, and team banks are fetched without cookies or passwords; publish the file where it can be read without signing in'
      : status === 404
        ? ': there is no file at this address'
        : status >= 500
          ? ': the server failed; the last good copy stays in use until it answers again'
          : '';
  return `HTTP ${status}${statusText ? ` ${statusText}` : ''} from ${url}${hint}.`;
}

/** Reads the body, giving up as soon as it passes the size limit (a wrong URL can point at a huge file). */
async function readCapped(response: Response): Promise<{ text: string } | { tooBig: number }> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_BANK_BYTES) return { tooBig: declared };
  if (!response.body) {
    const text = await response.text();
    const bytes = new TextEncoder().encode(text).length;
    return bytes > MAX_BANK_BYTES ? { tooBig: bytes } : { text };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_BANK_BYTES) {
      await reader.cancel();
      return { tooBig: bytes };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { text: text + decoder.decode() };
}

/**
 * GETs `url`. With the host permission, the last good copy's validators go along (If-None-Match,
 * If-Modified-Since) and a 304 keeps that copy. Without it the request stays a plain CORS GET (custom headers
 * would need a preflight the server may not answer); `cache: 'no-cache'` still has the browser revalidate.
 */
export async function fetchBankText(url: string, previous: TeamCache | undefined, deps: FetchDeps): Promise<FetchOutcome> {
  const checked = checkBankUrl(url);
  if (!checked.ok) return { kind: 'failed', error: checked.error };
  const granted = await deps.hasHostPermission(checked.origins).catch(() => false);
  const headers: Record<string, string> = {};
  if (granted && previous?.url === url) {
    if (previous.etag) headers['If-None-Match'] = previous.etag;
    if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await deps.fetch(url, {
      method: 'GET',
      cache: 'no-cache',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers,
      signal: controller.signal,
    });
    if (response.redirected && response.url) {
      const landed = checkBankUrl(response.url);
      if (!landed.ok) return { kind: 'failed', error: `${url} redirected to ${response.url}, which is refused: ${landed.error}` };
    }
    if (response.status === 304) {
      return previous?.url === url ? { kind: 'not-modified' } : { kind: 'failed', error: `${url} answered 304 Not Modified, but there is no earlier copy of it.` };
    }
    if (!response.ok) return { kind: 'failed', error: httpError(response.status, response.statusText, url) };
    const body = await readCapped(response);
    if ('tooBig' in body) return { kind: 'failed', error: `${url} is too large (${megabytes(body.tooBig)}): a team bank may be at most ${megabytes(MAX_BANK_BYTES)}.` };
    return {
      kind: 'fetched',
      text: body.text,
      contentType: response.headers.get('content-type') ?? '',
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
    };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'failed', error: `${url} did not answer within ${TIMEOUT_MS / 1000} s.` };
    const reason = error instanceof Error ? error.message : String(error);
    if (!granted) {
      return {
        kind: 'failed',
        error: `Could not read ${url} (${reason}). Composure has no permission for ${checked.origins.replace('/*', '')}, so the server must allow cross-origin reads (Access-Control-Allow-Origin: *). Click “Use this bank” to grant access, or ask whoever hosts the file to allow it.`,
      };
    }
    return { kind: 'failed', error: `Could not reach ${url} (${reason}): offline, a wrong address, or the server is down.` };
  } finally {
    clearTimeout(timer);
  }
}

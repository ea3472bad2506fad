// Which addresses a team bank may be fetched from. HTTPS only, so nobody between the agent and the file can
// change the phrases on the way; plain http for the local machine only (testing, or a bank served locally).

export type UrlCheck = { ok: true; url: string; origins: string } | { ok: false; error: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * The host permission pattern that lets the background fetch `url`. Without the port: Firefox match patterns
 * cannot hold one, and Chrome's pattern without a port matches every port.
 */
export function hostPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** Checks an address typed by the agent or pushed by policy; the accepted form drops any #fragment. */
export function checkBankUrl(input: string): UrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter the address of the team bank file, e.g. https://intranet.example.com/composure/bank.json.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: `“${text}” is not a web address: it should start with https://` };
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, error: `${url.origin} uses plain http: only https:// addresses are accepted (http only for localhost and 127.0.0.1), so nobody can change the phrases on the way.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `“${url.protocol}” addresses are not accepted: the team bank must be an https:// address.` };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'Remove the user name and password from the address: the bank is fetched without credentials of any kind.' };
  }
  url.hash = '';
  return { ok: true, url: url.href, origins: hostPattern(url) };
}

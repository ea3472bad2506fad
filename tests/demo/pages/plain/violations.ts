// Records the page's Content-Security-Policy violations. /strict serves this page under a strict CSP with
// Trusted Types; its e2e test reads `window.demo.cspViolations()` to check the extension caused none.
// The page itself stays script-free in spirit: this only listens.

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  sample: string;
}

export interface PlainDemoApi {
  /** Violations seen since the page loaded (after this module ran), oldest first. */
  cspViolations(): CspViolation[];
}

const seen: CspViolation[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  seen.push({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sourceFile: event.sourceFile,
    sample: event.sample,
  });
});

const api: PlainDemoApi = { cspViolations: () => seen.map((violation) => ({ ...violation })) };
Object.assign(window, { demo: api });

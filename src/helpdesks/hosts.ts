/** Hosts the production build runs on: the helpdesks and nothing else. */
export const HELPDESK_MATCHES = ['*://*.zendesk.com/*', '*://*.freshdesk.com/*'];

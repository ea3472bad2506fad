import { HELPDESK_MATCHES } from '@/src/helpdesks/hosts';

export default defineContentScript({
  matches: HELPDESK_MATCHES,
  main() {},
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createGenericAdapter } from './adapter';

// The demo's /plain, /prosemirror and /quill pages: one customer message, then the reply box.
describe('generic adapter', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <h1>Support request #5521</h1>
      <blockquote class="customer-message"><p>Where is my refund?</p><p>It has been two weeks.</p></blockquote>
      <form><div id="reply-editor"><div class="ql-editor" contenteditable="true"><p>Draft</p></div></div></form>
      <article class="comment">A related article below the reply box</article>`;
  });

  it('takes the customer message nearest before the reply box, paragraphs kept', () => {
    const snapshot = createGenericAdapter(() => null, document).readSnapshot();
    expect(snapshot?.helpdesk).toBe('generic');
    expect(snapshot?.latestCustomerMessage).toBe('Where is my refund?\nIt has been two weeks.');
  });

  it('finds a textarea as readily as a contenteditable', () => {
    document.querySelector('#reply-editor')!.innerHTML = '<textarea id="reply"></textarea>';
    expect(createGenericAdapter(() => null, document).findReplyEditor()?.id).toBe('reply');
  });

  it('treats mutations inside the editor as typing and others as page changes', () => {
    const adapter = createGenericAdapter(() => null, document);
    expect(adapter.isInsideEditor(document.querySelector('.ql-editor p')!.firstChild!)).toBe(true);
    expect(adapter.isInsideEditor(document.querySelector('blockquote')!)).toBe(false);
  });
});

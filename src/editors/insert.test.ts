import { beforeEach, describe, expect, it } from 'vitest';
import { FocusMemory } from './focus-memory';
import { insertText } from './insert';
import { textToHtml } from './paste-event';

describe('insertText into a textarea', () => {
  let textarea: HTMLTextAreaElement;
  let focus: FocusMemory;
  beforeEach(() => {
    document.body.innerHTML = '<textarea id="reply"></textarea><button id="elsewhere">x</button>';
    textarea = document.querySelector('textarea')!;
    focus = new FocusMemory(document, () => false);
  });

  it('puts the text at the remembered caret even after focus moved away, exactly once', async () => {
    textarea.value = 'Hello . Bye';
    textarea.focus();
    textarea.setSelectionRange(6, 6);
    textarea.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    document.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    textarea.setSelectionRange(0, 0); // the page moved the caret while we were away

    const outcome = await insertText(textarea, 'Thanks for waiting', focus);
    expect(outcome.ok).toBe(true);
    expect(textarea.value).toBe('Hello Thanks for waiting. Bye');
  });

  it('inserts at the end when the agent never put a caret there', async () => {
    textarea.value = 'Draft.';
    const outcome = await insertText(textarea, ' More.', focus);
    expect(outcome.ok).toBe(true);
    expect(textarea.value).toBe('Draft. More.');
  });
});

describe('textToHtml', () => {
  it('makes a paragraph of each line, escaping markup so bank text is never HTML', () => {
    expect(textToHtml('Hi <b>there</b>\nsecond line\n\nThird & last')).toBe(
      '<p>Hi &lt;b&gt;there&lt;/b&gt;</p><p>second line</p><p>Third &amp; last</p>',
    );
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('insertText into a contenteditable', () => {
  let box: HTMLDivElement;
  let focus: FocusMemory;
  beforeEach(() => {
    document.body.innerHTML = '<div id="reply" contenteditable="true"><p>Hello there. Goodbye.</p></div><button id="elsewhere">x</button>';
    box = document.querySelector('#reply')!;
    focus = new FocusMemory(document, () => false);
  });

  it('never tries a second way in once the editor changed: a reformatted insert is not inserted twice', async () => {
    // An editor that takes pastes but reformats them (here: upper case), so the exact text is not found after.
    box.addEventListener('paste', (event) => {
      event.preventDefault();
      box.querySelector('p')!.append(event.clipboardData!.getData('text/plain').toUpperCase());
    });
    const original = document.execCommand;
    const execCommand = vi.fn(() => true);
    Object.assign(document, { execCommand });
    const outcome = await insertText(box, ' thanks', focus).finally(() => Object.assign(document, { execCommand: original }));
    expect(outcome.ok).toBe(true);
    expect(execCommand).not.toHaveBeenCalled();
    expect(box.textContent).toBe('Hello there. Goodbye. THANKS');
  });

  it('puts the caret back where the agent left it after focus went elsewhere', async () => {
    const text = box.querySelector('p')!.firstChild!;
    box.focus();
    document.getSelection()!.collapse(text, 13); // before "Goodbye."
    document.dispatchEvent(new Event('selectionchange'));
    document.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    document.getSelection()!.collapse(document.body, 0);

    await focus.restore(box);
    const range = document.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([text, 13]);
  });

  it('puts the caret at the end of the draft when the agent never put one there', async () => {
    await focus.restore(box);
    const range = document.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([box.querySelector('p')!.firstChild, 'Hello there. Goodbye.'.length]);
  });
});

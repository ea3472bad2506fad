// @vitest-environment node
// No DOM here on purpose: the converter must work where the engine runs without one (the CLI, node).
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './entities';
import { htmlToText, tidyPlainText } from './html-to-text';

describe('htmlToText', () => {
  it('turns paragraphs, divs, headings and <br> into single line breaks, with no blank lines', () => {
    expect(htmlToText('<h2>Update</h2><p>Hi there,</p>\n\n<p></p><div>Line one<br>Line two<br/><br /></div><p>Bye</p>')).toBe(
      'Update\nHi there,\nLine one\nLine two\nBye',
    );
  });

  it('collapses whitespace inside text as a browser does, keeping the spaces between inline elements', () => {
    expect(htmlToText('<p>Your   order\n   is <strong>on its way</strong>, <em>finally</em>!</p>')).toBe('Your order is on its way, finally!');
    expect(htmlToText('<p>No<b>space</b>here</p>')).toBe('Nospacehere');
  });

  it('writes lists as "- item" and "1. item" lines, nested ones indented', () => {
    const html = '<p>Steps:</p><ol><li>Log out</li><li><p>Log in</p><ul><li>with your email</li><li>or your phone</li></ul></li><li>Retry</li></ol>';
    expect(htmlToText(html)).toBe('Steps:\n1. Log out\n2. Log in\n  - with your email\n  - or your phone\n3. Retry');
  });

  it('drops an empty list item and indents a line broken inside an item', () => {
    expect(htmlToText('<ul><li></li><li>First<br>continued</li></ul>')).toBe('- First\n  continued');
  });

  it('writes links as "text (url)", once when the text is the url, and drops targets a customer cannot use', () => {
    expect(htmlToText('<a href="https://x.example/a?b=1&amp;c=2">the guide</a>')).toBe('the guide (https://x.example/a?b=1&c=2)');
    expect(htmlToText('Visit <a href="https://x.example">https://x.example</a> today')).toBe('Visit https://x.example today');
    expect(htmlToText('<a href="mailto:help@x.example">email us</a>')).toBe('email us (help@x.example)');
    expect(htmlToText('<a href="javascript:alert(1)">click</a> <a href="/relative">here</a>')).toBe('click here');
    expect(htmlToText('<a href=\'https://x.example\'><img src="logo.png"></a>')).toBe('https://x.example');
  });

  it('drops scripts, styles, comments, the head and other non-text elements with their content', () => {
    const html =
      '<!DOCTYPE html><html><head><title>T</title><style>p { color: red } </p></style></head><body><!-- note <p>hidden</p> -->' +
      '<script>document.write("<p>evil</p>")</script><p>Kept</p><SCRIPT type="x">x</SCRIPT><template><p>t</p></template><svg><text>s</text></svg></body></html>';
    expect(htmlToText(html)).toBe('Kept');
  });

  it('keeps a ">" inside a quoted attribute inside the tag, and a "<" that opens no tag as text', () => {
    expect(htmlToText('<p title="a > b">1 < 2 and 3 > 2</p>')).toBe('1 < 2 and 3 > 2');
    expect(htmlToText('ends with <')).toBe('ends with <');
  });

  it('leaves placeholders and non-English text exactly as written', () => {
    const text = 'Grüße, {{ticket.requester.first_name}} — ご不便をおかけしました。 مرحبا بك ‏שלום';
    expect(htmlToText(`<p>${text}</p>`)).toBe(text);
  });

  it('separates table cells with a space and rows with a line break', () => {
    expect(htmlToText('<table><tr><td>Plan</td><td>Pro</td></tr><tr><th>Price</th><th>$10</th></tr></table>')).toBe('Plan Pro\nPrice $10');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references, and &nbsp; as a plain space', () => {
    expect(decodeEntities('caf&eacute; &amp; cr&egrave;me &ndash; &#233;&#xE9; &lt;b&gt; &rsquo;&hellip; a&nbsp;b')).toBe('café & crème – éé <b> ’… a b');
  });

  it('leaves unknown names and references without a semicolon as written, and replaces invalid code points', () => {
    expect(decodeEntities('&bogus; &copy &#0; &#xD800;')).toBe('&bogus; &copy \uFFFD \uFFFD');
  });
});

describe('tidyPlainText', () => {
  it('unifies line endings and drops blank lines and trailing spaces, keeping indentation', () => {
    expect(tidyPlainText('Hi,  \r\n\r\n  - one\r\n\n\nBye\r')).toBe('Hi,\n  - one\nBye');
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domToMarkdown } from './dom-text';

const md = (html: string) => {
  const div = document.createElement('div');
  div.append(new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstChild!);
  return domToMarkdown(div);
};

describe('DOM → light Markdown', () => {
  it('keeps lists tight, with paragraphs inside items and nested lists', () => {
    expect(md('<p>Intro</p><ul><li>a</li><li><p>b</p></li></ul><p>After</p>')).toBe('Intro\n\n- a\n- b\n\nAfter');
    expect(md('<ol><li>one</li><li>two<ul><li>sub</li></ul></li></ol>')).toBe('1. one\n2. two\n  - sub');
  });

  it('renders headings, code, emphasis, links, tables and quotes; drops buttons and its own controls', () => {
    const html =
      '<h2>Title</h2><p>Use <code>x</code> and <strong>bold</strong>, <em>em</em>, <a href="https://e.org/">a link</a>, <a href="javascript:x">not a link</a>.</p>' +
      '<pre><code class="language-py">print(1)\n</code></pre><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2|3</td></tr></table>' +
      '<blockquote><p>quoted</p></blockquote><button>Copy</button><div data-attune="rating">x</div>';
    expect(md(html)).toBe(
      '## Title\n\nUse `x` and **bold**, *em*, [a link](https://e.org/), not a link.\n\n```py\nprint(1)\n```\n\n| A | B |\n| --- | --- |\n| 1 | 2\\|3 |\n\n> quoted',
    );
  });

  it('is empty for an empty response', () => {
    expect(md('')).toBe('');
  });
});

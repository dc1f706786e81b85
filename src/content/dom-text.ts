// Renders a response's DOM as light Markdown, so structure the model cares about (headings, lists, code,
// tables, emphasis, links) survives capture. Text only: nothing here is ever parsed back as HTML.

const SKIP = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'SVG', 'svg', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'UL', 'OL', 'BLOCKQUOTE', 'HR', 'DETAILS', 'SUMMARY', 'FIGURE']);

export function domToMarkdown(root: Element): string {
  const out: string[] = [];
  walk(root, out, { listDepth: 0 });
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

interface Ctx {
  listDepth: number;
}

function walk(node: Node, out: string[], ctx: Ctx): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(el.tagName) || SKIP.has(tag) || el.hasAttribute('data-attune') || el.getAttribute('aria-hidden') === 'true') continue;
    switch (tag) {
      case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6':
        out.push(`\n\n${'#'.repeat(Number(tag[1]))} `);
        walk(el, out, ctx);
        out.push('\n\n');
        break;
      case 'PRE': {
        const code = el.querySelector('code') ?? el;
        const lang = /language-([\w+#-]+)/.exec(code.className)?.[1] ?? '';
        out.push(`\n\n\`\`\`${lang}\n${(code.textContent ?? '').replace(/\n$/, '')}\n\`\`\`\n\n`);
        break;
      }
      case 'CODE':
        out.push(`\`${el.textContent ?? ''}\``);
        break;
      case 'STRONG': case 'B':
        out.push('**');
        walk(el, out, ctx);
        out.push('**');
        break;
      case 'EM': case 'I':
        out.push('*');
        walk(el, out, ctx);
        out.push('*');
        break;
      case 'BR':
        out.push('\n');
        break;
      case 'A': {
        const href = el.getAttribute('href') ?? '';
        const start = out.length;
        walk(el, out, ctx);
        if (/^https?:\/\//i.test(href)) {
          out.splice(start, 0, '[');
          out.push(`](${href})`);
        }
        break;
      }
      case 'LI': {
        const ordered = el.parentElement?.tagName.toUpperCase() === 'OL';
        const index = ordered ? Array.prototype.indexOf.call(el.parentElement!.children, el) + 1 : 0;
        // Items stay tight ("- a\n- b"): paragraphs inside an item (<li><p>…</p></li>) must not open blank lines.
        const inner: string[] = [];
        walk(el, inner, ctx);
        const body = inner.join('').replace(/[ \t]*\n\s*\n/g, '\n').trim();
        out.push(`\n${'  '.repeat(Math.max(0, ctx.listDepth - 1))}${ordered ? `${index}.` : '-'} ${body}`);
        break;
      }
      case 'UL': case 'OL':
        out.push('\n');
        walk(el, out, { listDepth: ctx.listDepth + 1 });
        out.push('\n\n');
        break;
      case 'TABLE':
        out.push(`\n\n${tableToMarkdown(el)}\n\n`);
        break;
      case 'BLOCKQUOTE': {
        const inner: string[] = [];
        walk(el, inner, ctx);
        out.push(`\n\n${inner.join('').trim().split('\n').map((l) => `> ${l}`).join('\n')}\n\n`);
        break;
      }
      default:
        if (BLOCK.has(tag)) out.push('\n\n');
        walk(el, out, ctx);
        if (BLOCK.has(tag)) out.push('\n\n');
    }
  }
}

function tableToMarkdown(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

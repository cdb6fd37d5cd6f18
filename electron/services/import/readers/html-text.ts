/** The few DOM members the text walker needs; linkedom's nodes provide them. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);
/** Never text: code, styling, embedded objects. Their content must not reach a document. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'HEAD',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
]);

interface Block {
  text: string;
  item: boolean;
}

/**
 * Plain text of a DOM tree: one paragraph per block element (blank line between), list items
 * on their own lines with a bullet, <br> as a line break. Only text nodes are read, so no
 * markup, script or event handler can come through.
 */
export function domToText(root: DomNode): string {
  const blocks: Block[] = [];
  let inline = '';
  let inPre = 0;
  let bullet = false;
  const flush = () => {
    const text = inline
      .split('\n')
      .map((l) => (inPre ? l.replace(/\s+$/u, '') : l.replace(/[ \t\f\r\u00A0]+/gu, ' ').trim()))
      .join('\n')
      .trim();
    if (text) {
      blocks.push({ text: bullet ? `• ${text}` : text, item: bullet });
      bullet = false;
    }
    inline = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      inline += inPre ? (node.textContent ?? '') : (node.textContent ?? '').replace(/\s+/gu, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      inline += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (tag === 'PRE') inPre++;
    if (tag === 'LI') bullet = true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i] as DomNode);
    if (tag === 'PRE') inPre--;
    if (block) flush();
    if (tag === 'LI') bullet = false;
  };
  walk(root);
  flush();
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += b.item && (blocks[i - 1] as Block).item ? '\n' : '\n\n';
    out += b.text;
  });
  return out;
}

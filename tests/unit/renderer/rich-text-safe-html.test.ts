import { describe, expect, it } from 'vitest';
import { decodeEntities, safeHtmlTree, type SafeNode } from '../../../renderer/src/components/rich-text/safe-html';

/** The tree as compact markup, to compare whole results at a glance. */
function show(nodes: readonly SafeNode[]): string {
  return nodes.map((node) => ('text' in node ? node.text : `<${node.tag}${node.href === undefined ? '' : ` href=${node.href}`}>${show(node.children)}</${node.tag}>`)).join('');
}

const clean = (html: string) => show(safeHtmlTree(html));

describe('pasted HTML, rebuilt from the allow-list', () => {
  it('keeps headings, lists, emphasis, quotes, breaks and checked links', () => {
    expect(clean('<h2>Hearing</h2><ul><li><b>one</b></li><li><em>two</em></li></ul><ol><li>x</li></ol><blockquote><p>q<br>r</p></blockquote><a href="https://example.org/a?b=1&amp;c=2">l</a>')).toBe(
      '<h2>Hearing</h2><ul><li><b>one</b></li><li><em>two</em></li></ul><ol><li>x</li></ol><blockquote><p>q<br></br>r</p></blockquote><a href=https://example.org/a?b=1&c=2>l</a>',
    );
  });

  it('drops scripts, styles, frames, objects, svg and templates with all they hold', () => {
    const html =
      '<p>before</p><script>alert(1)</script><script type="text/x">if (a<b) document.write("<p>x</p>")</script><style>p{color:red}</style>' +
      '<iframe src="https://evil.example/"><p>fallback</p></iframe><object data="x.swf"><p>alt</p></object><svg><script>alert(2)</script><text>t</text></svg>' +
      '<template><p>hidden</p></template><noscript><p>ns</p></noscript><SCRIPT>alert(3)</SCRIPT ><p>after</p>';
    expect(clean(html)).toBe('<p>before</p><p>after</p>');
  });

  it('keeps no attribute but a link’s address: no handlers, styles, ids or classes', () => {
    expect(clean('<p onclick="alert(1)" style="background:url(https://evil.example/t)" class="x" id="y">t</p><b onmouseover=alert(1)>b</b>')).toBe('<p>t</p><b>b</b>');
  });

  it('drops images, media and form controls, even with an onerror handler', () => {
    expect(clean('<p>a<img src="x" onerror="alert(1)">b<video src="v"></video><input value="v"><select><option>o</option></select>c</p>')).toBe('<p>abc</p>');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', 'java&#x09;script:alert(1)', 'jav&#97;script:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox', 'https://user:pass@example.org/', '//evil.example/x'])(
    'keeps the words of a link to %s, never the link',
    (href) => {
      expect(clean(`<a href="${href}">words</a>`)).toBe('<a>words</a>');
    },
  );

  it('unwraps unknown elements and keeps their text', () => {
    expect(clean('<section><article><span style="color:red">kept</span> <font face="x">too</font></article></section>')).toBe('kept too');
  });

  it('does not read Google Docs’ outer <b style="font-weight:normal"> as bold', () => {
    expect(clean('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p>plain</p><b>bold</b></b>')).toBe('<p>plain</p><b>bold</b>');
  });

  it('skips comments, doctypes and conditional comments', () => {
    expect(clean('<!DOCTYPE html><!-- <script>alert(1)</script> --><!--[if gte mso 9]><xml>x</xml><![endif]--><p>t</p><?xml version="1.0"?>')).toBe('<p>t</p>');
  });

  it('reads a stray < as text and survives unclosed tags', () => {
    expect(clean('<p>a < b and c<d</p><ul><li>open')).toBe('<p>a < b and c<d</p><ul><li>open</li></ul>');
  });

  it('keeps Arabic, mixed scripts and bidi controls as text', () => {
    expect(clean('<p dir="rtl">قال المدافع: <b>«لن نتوقف»</b> — the defender\u2067said\u2069</p>')).toBe('<p>قال المدافع: <b>«لن نتوقف»</b> — the defender\u2067said\u2069</p>');
  });

  it('reads thousands of unclosed tags in linear time', () => {
    const html = '<a <b '.repeat(50_000);
    expect(() => safeHtmlTree(html)).not.toThrow();
  });
});

describe('entities', () => {
  it('decodes named, decimal and hex entities, and replaces what cannot be text', () => {
    expect(decodeEntities('&lt;b&gt; &amp;amp; &quot;x&quot; &#1593;&#x631;&#X628; &nbsp;&zwj;')).toBe('<b> &amp; "x" عرب \u00A0\u200D');
    expect(decodeEntities('&#0; &#xD800; &#x110000; a\u0000b')).toBe('\uFFFD \uFFFD \uFFFD a\uFFFDb');
    expect(decodeEntities('&unknown; & alone')).toBe('&unknown; & alone');
  });
});

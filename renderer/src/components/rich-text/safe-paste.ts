import { DOMParser as SchemaParser, type ResolvedPos, type Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { LIMITS } from '../../../../shared/domain/entries';
import { safeHtmlTree, type SafeNode } from './safe-html';

/** Clipboard HTML past this is read as its plain text: formatting is not worth scanning megabytes of markup. */
const MAX_HTML_LENGTH = 4 * LIMITS.body;

function build(nodes: readonly SafeNode[], doc: Document, parent: Node): void {
  for (const node of nodes) {
    if ('text' in node) {
      parent.appendChild(doc.createTextNode(node.text));
      continue;
    }
    const element = doc.createElement(node.tag);
    if (node.href !== undefined) element.setAttribute('href', node.href);
    build(node.children, doc, element);
    parent.appendChild(element);
  }
}

/**
 * Clipboard HTML as a slice of this editor's schema. The elements are made in an inert
 * document (nothing in it loads or runs) from the allow-listed tree of safe-html.ts; the
 * schema's parser then keeps its own nodes and marks.
 */
function sliceFromHtml(view: EditorView, html: string, context: ResolvedPos): Slice {
  const inert = document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  build(safeHtmlTree(html), inert, container);
  return SchemaParser.fromSchema(view.state.schema).parseSlice(container, { context });
}

/**
 * ProseMirror's own paste and drop read HTML through innerHTML, which the app's Trusted Types
 * policy refuses (and must keep refusing): HTML is taken here instead, before ProseMirror sees
 * the event. Plain text goes on to ProseMirror, whose text path makes no HTML.
 */
export const safePasteHandlers = {
  paste(view: EditorView, event: ClipboardEvent): boolean {
    const html = event.clipboardData?.getData('text/html') ?? '';
    if (!html) return false;
    event.preventDefault();
    if (html.length > MAX_HTML_LENGTH) return view.pasteText(event.clipboardData?.getData('text/plain') ?? '', event);
    const slice = sliceFromHtml(view, html, view.state.selection.$from);
    view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
    return true;
  },
  drop(view: EditorView, event: DragEvent): boolean {
    const html = event.dataTransfer?.getData('text/html') ?? '';
    // A drag inside the editor moves its own slice and reads no HTML.
    if (view.dragging || !html) return false;
    event.preventDefault();
    const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
    if (!at || html.length > MAX_HTML_LENGTH) return true;
    const slice = sliceFromHtml(view, html, view.state.doc.resolve(at.pos));
    view.dispatch(view.state.tr.replaceRange(at.pos, at.pos, slice).scrollIntoView().setMeta('uiEvent', 'drop'));
    return true;
  },
};

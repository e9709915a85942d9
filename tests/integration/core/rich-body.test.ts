import { describe, expect, it } from 'vitest';
import { REDACTION_MARK } from '../../../shared/domain/entry-history';
import { plainTextOf, type RichDoc } from '../../../shared/domain/rich-text';
import { decryptedVaultPages } from '../../support/decrypted-pages';
import { PASSPHRASE, asMeeting, meeting, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

/** A heading, a paragraph with a name half in bold and a link, and a list: what an officer writes. */
function doc(name: string): RichDoc {
  const [first = '', second = ''] = [name.slice(0, 4), name.slice(4)];
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Harbour district visit' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: `Spoke with ${first}` },
          { type: 'text', text: second, marks: [{ type: 'bold' }] },
          { type: 'text', text: ' about the ' },
          { type: 'text', text: 'ruling', marks: [{ type: 'link', attrs: { href: `https://example.org/${name}` } }] },
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cormorant checkpoint closures' }] }] }] },
    ],
  };
}

describe('an entry with a formatted body', () => {
  it('keeps the plain body derived from the document, whatever body the sender claims', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const bodyDoc = doc('Qasimtestname');
    const created = asMeeting(notebook.entries.create(meeting({ body: 'something else entirely', bodyDoc })));
    expect(created.body).toBe(plainTextOf(bodyDoc));
    expect(created.body).toContain('Spoke with Qasimtestname about the ruling <https://example.org/Qasimtestname>');
    expect(asMeeting(notebook.entries.get(created.id))).toEqual(created);

    const updated = notebook.entries.update(created.id, 1, meeting({ body: 'a lie', bodyDoc: doc('Otherperson') }));
    expect(notebook.entries.get(created.id).body).toBe(plainTextOf(doc('Otherperson')));
    expect(updated.body).not.toContain('a lie');
    // The superseded version comes back whole, its body derived again.
    expect(notebook.entries.history(created.id)[0]?.body).toBe(plainTextOf(bodyDoc));
  });

  it('keeps a plain body as written when there is no document (older notes, the CLI)', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const created = notebook.entries.create(meeting({ body: 'plain words' }));
    expect(notebook.entries.get(created.id)).toMatchObject({ body: 'plain words', bodyDoc: null });
  });

  it('is found by search for words of the document, its link address included', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const created = notebook.entries.create(meeting({ body: '', bodyDoc: doc('Qasimtestname') }));
    notebook.entries.create(meeting({ title: 'Another', body: 'nothing here' }));
    for (const word of ['cormorant', 'Qasimtestname', 'harbour']) {
      expect(notebook.search.query({ query: word, limit: 10, offset: 0 }).hits.map((h) => h.id)).toEqual([created.id]);
    }
  });

  it('stores the text once: the document, not the document and its plain text', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting({ bodyDoc: doc('Qasimtestname') }));
    session.lock();
    const pages = await decryptedVaultPages(session, PASSPHRASE);
    const phrase = Buffer.from('cormorant checkpoint closures');
    let count = 0;
    for (let at = pages.indexOf(phrase); at !== -1; at = pages.indexOf(phrase, at + 1)) count += 1;
    expect(count).toBe(1);
  });

  it('redacts a name inside the document, its split across formatting and its link, and re-derives the body', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const name = 'Qasimtestname';
    const created = notebook.entries.create(meeting({ bodyDoc: doc(name) }));
    const updated = notebook.entries.update(created.id, 1, meeting({ bodyDoc: doc(name), title: 'Second version' }));
    notebook.drafts.save(created.id, 2, meeting({ bodyDoc: doc(name), title: 'In the draft' }));

    const redacted = notebook.entries.redact(created.id, updated.revision, name);
    expect(JSON.stringify(redacted)).not.toContain(name);
    expect(redacted.body).toBe(plainTextOf(redacted.bodyDoc ?? { type: 'doc', content: [{ type: 'paragraph' }] }));
    expect(redacted.body).toContain(`Spoke with ${REDACTION_MARK} about the ruling`);
    // Structure and formatting survive: still a heading and a list, the link kept (its address redacted).
    expect(redacted.bodyDoc?.content.map((b) => b.type)).toEqual(['heading', 'paragraph', 'bulletList']);
    expect(JSON.stringify(redacted.bodyDoc)).toContain(`https://example.org/${REDACTION_MARK}`);
    expect(JSON.stringify(notebook.entries.history(created.id))).not.toContain(name);
    expect(JSON.stringify(notebook.drafts.get(created.id))).not.toContain(name);
    expect(notebook.search.query({ query: name, limit: 10, offset: 0 }).total).toBe(0);
    expect(notebook.search.query({ query: 'cormorant', limit: 10, offset: 0 }).total).toBe(1);
  });

  it('drops a document’s formatting rather than keep a passage that crosses its structure', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const created = notebook.entries.create(meeting({ bodyDoc: doc('Qasimtestname') }));
    const passage = 'Harbour district visit\nSpoke';
    const redacted = notebook.entries.redact(created.id, created.revision, passage);
    expect(redacted.body).not.toContain(passage);
    expect(redacted.body.startsWith(`${REDACTION_MARK} with`)).toBe(true);
    expect(redacted.body).toBe(plainTextOf(redacted.bodyDoc ?? { type: 'doc', content: [{ type: 'paragraph' }] }));
  });
});

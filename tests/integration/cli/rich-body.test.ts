import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { useCliVault } from './run-cli';

describe('fieldnotes entry add with a formatted body', () => {
  const { json, run } = useCliVault();

  it('stores bodyDoc and derives the body from it, ignoring the body sent beside it; search finds its words', async () => {
    const bodyDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Visit' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Met the ' }, { type: 'text', text: 'albatross', marks: [{ type: 'bold' }] }, { type: 'text', text: ' committee' }] },
      ],
    };
    const added = await run(['entry', 'add', '--json', json('doc.json', { kind: 'meeting', title: 'Formatted', body: 'not what the document says', bodyDoc })]);
    expect(added.code, added.stderr).toBe(0);
    const entry = contract['entry:create'].output.parse(JSON.parse(added.stdout));
    expect(entry.body).toBe('Visit\nMet the albatross committee');
    expect(entry.bodyDoc).toEqual(bodyDoc);
    const found = await run(['search', 'albatross', '--json']);
    expect(found.stdout).toContain(entry.id);
  });

  it('refuses a document with a javascript: link in one line naming the field, and writes nothing', async () => {
    const bodyDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    const total = async () => contract['entry:list'].output.parse(JSON.parse((await run(['entry', 'list', '--json'])).stdout)).total;
    const before = await total();
    const result = await run(['entry', 'add', '--json', json('bad.json', { title: 'Bad link', bodyDoc })]);
    // Invalid input is the command line's fault: exit 2, as every other refused field.
    expect(result.code).toBe(2);
    expect(await total()).toBe(before);
    expect(result.stderr).toMatch(/bodyDoc/);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

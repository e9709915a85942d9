import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAttachmentRequest } from '../../../../electron/core/attachments/http';
import { securityHeaders } from '../../../../electron/main/security/csp';
import { toneWav } from '../../../support/sample-files';
import { meeting, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

/*
 * Decrypted bytes must never land in Chromium's cache (issue 9): every answer app:// gives for
 * /attachment/<id> says no-store, whatever its status, and so do the security headers main
 * sends under it (electron/main/protocol.ts merges the two).
 */
describe('attachment answers are never cached', () => {
  it('says Cache-Control: no-store on whole files, ranges, HEAD and every refusal', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const entryId = notebook.entries.create(meeting()).id;
    const dir = temp.dir();
    const wav = await notebook.attachments.add({ entryId, path: toneWav(dir), stripLocation: false });
    const binPath = join(dir, 'notes.bin');
    writeFileSync(binPath, 'plain bytes of no known type');
    const bin = await notebook.attachments.add({ entryId, path: binPath, stripLocation: false });
    const open = (id: string) => session.requireNotebook().attachments.open(id).then(({ attachment, reader }) => ({ mediaType: attachment.mediaType, reader }));

    const answers = {
      whole: await answerAttachmentRequest(open, wav.id, 'GET', null),
      range: await answerAttachmentRequest(open, wav.id, 'GET', 'bytes=100-199'),
      head: await answerAttachmentRequest(open, wav.id, 'HEAD', null),
      unsatisfiable: await answerAttachmentRequest(open, wav.id, 'GET', 'bytes=999999-'),
      notShownInline: await answerAttachmentRequest(open, bin.id, 'GET', null),
      wrongMethod: await answerAttachmentRequest(open, wav.id, 'POST', null),
    };
    session.lock();
    const locked = await answerAttachmentRequest(open, wav.id, 'GET', null);

    expect(Object.fromEntries(Object.entries({ ...answers, locked }).map(([name, answer]) => [name, [answer.status, answer.headers['Cache-Control']]]))).toEqual({
      whole: [200, 'no-store'],
      range: [206, 'no-store'],
      head: [200, 'no-store'],
      unsatisfiable: [416, 'no-store'],
      notShownInline: [415, 'no-store'],
      wrongMethod: [405, 'no-store'],
      locked: [404, 'no-store'],
    });
    for (const answer of Object.values(answers)) answer.body?.destroy();
    expect(securityHeaders()['Cache-Control']).toBe('no-store');
  });
});

import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatFileSize } from '../../renderer/src/features/attachments/file-size';
import { createTranslator } from '../../renderer/src/i18n/translate';
import type { Attachment } from '../../shared/domain/attachments';
import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE, unlock } from './support/flows';
import { expect, test } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { exiftoolTags, photoWithGps, toneWav } from '../support/sample-files';

/*
 * The attachments panel in a saved note's editor, in real Chromium over the real core: add by
 * the picker (the harness's "system" dialog returns files the test made) and by a real drop
 * event carrying a File (the harness's dropFile stands in for the preload: the page gets a
 * token), what a photo carries and stripping it, progress and Cancel, save a copy, remove.
 */

/** A file whose bytes are a hole: big enough that an add is still running when Cancel is pressed. */
function largeFile(dir: string, name: string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return path;
}

/** Drops a file on `selector` as a person dragging it from the desktop would: dragover, then drop. */
async function dropFile(page: Page, selector: string, name: string, bytes: Buffer, type: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type }));
      return transfer;
    },
    { name, base64: bytes.toString('base64'), type },
  );
  const target = page.locator(selector).first();
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

for (const lang of ['en', 'ar'] as const) {
  test(`attachments: picker and drop, what a photo carries and stripping it, progress and cancel, save a copy, remove (${lang})`, async ({ app }) => {
    // One long flow on a shared, loaded machine: the real core encrypts in this same process.
    test.setTimeout(240_000);
    const { page, ctx, desktop } = app;
    const m = messages[lang];
    const tr = createTranslator(lang, 'latn');
    const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-attach-'));
    try {
      await ctx.vault.create(PASSPHRASE);
      ctx.preferences.set({ language: lang, digits: 'latn' });
      const entry = (await core(ctx, 'entry:create', { entry: meetingInput('Visit to the appeals court', 'Documents received.') })) as { id: string };
      const listed = async () => (await core(ctx, 'attachment:list', { entryId: entry.id })) as Attachment[];
      const attachmentsDir = ctx.vault.requireNotebook().attachments.dir;
      ctx.vault.lock();
      await app.open();
      await unlock(page, lang);
      await page.getByText('Visit to the appeals court').first().click();
      const panel = page.getByRole('region', { name: m['attachments.heading'] });
      await expect(panel.getByText(m['attachments.empty'])).toBeVisible();

      // By the picker: a photo with a GPS position, a camera and a time. Stripping is proposed.
      desktop.nextPicks = [photoWithGps(dir, 'court-notice.jpg')];
      await panel.getByRole('button', { name: m['attachments.add'] }).click();
      let dialog = page.getByRole('alertdialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { name: tr.tp('attachments.review.title', 1) })).toBeVisible();
      for (const key of ['attachments.carries.location', 'attachments.carries.device', 'attachments.carries.takenAt'] as const) await expect(dialog.getByText(m[key])).toBeVisible();
      const strip = dialog.getByRole('checkbox', { name: m['attachments.strip'] });
      await expect(strip).toBeChecked();
      await expect(dialog.getByText(m['attachments.strip.hint'])).toBeVisible();
      await expectNoAxeViolations(page);
      await app.screenshot(lang, 'attachments-review-gps');
      await dialog.getByRole('button', { name: m['attachments.review.confirm'] }).click();
      await expect(panel.getByRole('status')).toHaveText(tr.t('attachments.outcome.done', { name: 'court-notice.jpg' }));
      const photoRow = panel.getByRole('listitem').filter({ hasText: 'court-notice.jpg' });
      await expect(photoRow.getByText(m['attachments.stripped'])).toBeVisible();
      const thumb = photoRow.getByRole('img', { name: tr.t('attachments.openPicture', { name: 'court-notice.jpg' }) });
      await expect.poll(() => thumb.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(64);
      expect((await listed()).map((a) => ({ name: a.name, stripped: a.stripped }))).toEqual([{ name: 'court-notice.jpg', stripped: true }]);

      // The thumbnail opens the picture full size in the viewer.
      await photoRow.getByRole('button', { name: tr.t('attachments.openPicture', { name: 'court-notice.jpg' }) }).click();
      const viewer = page.getByRole('dialog', { name: 'court-notice.jpg' });
      await expect(viewer).toBeVisible();
      await viewer.getByRole('button', { name: m['viewer.close'] }).click();
      await expect(viewer).toBeHidden();

      // Save a copy: a question naming the file, then main's save dialog. The copy has no position and no serial.
      await photoRow.getByRole('button', { name: m['attachments.saveCopy'] }).click();
      dialog = page.getByRole('alertdialog', { name: tr.t('attachments.saveCopy.title', { name: 'court-notice.jpg' }) });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: m['common.cancel'] })).toBeFocused();
      await expectNoAxeViolations(page);
      await app.screenshot(lang, 'attachments-save-copy');
      const target = join(dir, 'copy.jpg');
      desktop.nextSaveTarget = target;
      await dialog.getByRole('button', { name: m['attachments.saveCopy.confirm'] }).click();
      await expect(panel.getByRole('status')).toHaveText(tr.t('attachments.saveCopy.done', { name: 'court-notice.jpg' }));
      expect(readFileSync(target).includes('SN-4242-CANARY')).toBe(false);
      expect(Object.keys(exiftoolTags(target)).filter((tag) => /GPS/.test(tag))).toEqual([]);

      // By a drop on the editor (its title field, far from the panel): a voice memo carries nothing to strip.
      await dropFile(page, 'form.editor textarea', 'voice-memo.wav', readFileSync(toneWav(dir, 1)), 'audio/wav');
      dialog = page.getByRole('alertdialog');
      await expect(dialog.getByText(m['attachments.carries.nothing'])).toBeVisible();
      await expect(dialog.getByRole('checkbox')).toHaveCount(0);
      await expectNoAxeViolations(page);
      await app.screenshot(lang, 'attachments-review-dropped');
      await dialog.getByRole('button', { name: m['attachments.review.confirm'] }).click();
      const memoRow = panel.getByRole('listitem').filter({ hasText: 'voice-memo.wav' });
      await expect(memoRow.getByText(m['attachments.type.audio'])).toBeVisible();
      await expectNoAxeViolations(page);
      await app.screenshot(lang, 'attachments-list');

      // A large file: progress in bytes while it is copied, then Cancel leaves nothing behind.
      desktop.nextPicks = [largeFile(dir, 'hearing-recording.bin', 4 * 1024 ** 3)];
      await panel.getByRole('button', { name: m['attachments.add'] }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: m['attachments.review.confirm'] }).click();
      const progress = panel.getByRole('progressbar', { name: tr.t('attachments.progress.label', { name: 'hearing-recording.bin' }) });
      await expect.poll(() => progress.evaluate((el: HTMLProgressElement) => el.value)).toBeGreaterThan(0);
      await expect(panel.locator('.attachment-upload__figures')).toContainText(formatFileSize(4 * 1024 ** 3, tr));
      await expectNoAxeViolations(page);
      await app.screenshot(lang, 'attachments-progress');
      await panel.getByRole('button', { name: m['attachments.progress.cancel'] }).click();
      await expect(panel.getByRole('status')).toHaveText(tr.t('attachments.outcome.cancelled', { name: 'hearing-recording.bin' }));
      await expect(progress).toHaveCount(0);
      expect((await listed()).map((a) => a.name)).toEqual(['court-notice.jpg', 'voice-memo.wav']);
      expect(readdirSync(attachmentsDir).sort()).toEqual((await listed()).map((a) => a.id).sort());

      // Remove: a question naming the file, then the list no longer has it.
      await memoRow.getByRole('button', { name: m['attachments.remove'] }).click();
      dialog = page.getByRole('alertdialog', { name: tr.t('attachments.remove.title', { name: 'voice-memo.wav' }) });
      await expect(dialog).toBeVisible();
      await expectNoAxeViolations(page);
      await app.screenshot(lang, 'attachments-remove');
      await dialog.getByRole('button', { name: m['attachments.remove.confirm'] }).click();
      await expect(panel.getByRole('status')).toHaveText(tr.t('attachments.remove.done', { name: 'voice-memo.wav' }));
      await expect(memoRow).toHaveCount(0);
      expect((await listed()).map((a) => a.name)).toEqual(['court-notice.jpg']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

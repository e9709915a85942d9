import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createTranslator } from '../../renderer/src/i18n/translate';
import type { Attachment } from '../../shared/domain/attachments';
import { expectNoAxeViolations } from './support/axe';
import { messages, PASSPHRASE } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { harnessPage } from './support/harness-page';
import { handWrittenPdf } from './support/sample-pdf';
import { core, meetingInput } from './support/seed';
import { toneWav } from '../support/sample-files';

/*
 * The AttachmentViewer in real Chromium under the app's own CSP and Trusted Types policy, over
 * attachments the real core encrypted and serves through the app protocol's own answer (Range,
 * no-store). Until the attachments panel carries it, a harness page mounts it with one opener
 * button per attachment. No video: Debian here has no encoder to make one (ImageMagick cannot).
 */

const harness = harnessPage('attachment-viewer', 'Viewer');
test.beforeAll(() => harness.build());

async function openHarness(app: App, lang: 'en' | 'ar', attachments: Attachment[]): Promise<void> {
  await app.page.addInitScript((value) => (window.viewerAttachments = value), attachments);
  await harness.open(app, lang);
}

interface Served {
  id: string;
  status: number;
  cacheControl: string | undefined;
}

/** Every answer to /attachment/<id> the page received, with its caching header. */
function watchAttachments(page: Page): Served[] {
  const served: Served[] = [];
  page.on('response', (response) => {
    const match = /\/attachment\/([0-9a-f-]{36})$/.exec(new URL(response.url()).pathname);
    if (match?.[1]) served.push({ id: match[1], status: response.status(), cacheControl: response.headers()['cache-control'] });
  });
  return served;
}

/** Pixels of a canvas that are not (near) white: a drawn page has ink. */
const inkOf = (page: Page) =>
  page.locator('dialog canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: new Uint8ClampedArray() };
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink += 1;
    return ink;
  });

/** A fresh vault with one note carrying the files `make` writes into a temp dir, and the harness open on them. */
async function seeded(app: App, lang: 'en' | 'ar', make: (dir: string) => string[]): Promise<{ attachments: Attachment[]; served: Served[] }> {
  const { ctx, page } = app;
  await ctx.vault.create(PASSPHRASE);
  const entry = (await core(ctx, 'entry:create', { entry: meetingInput('Hearing at the appeals court', 'Documents received.') })) as { id: string };
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-viewer-'));
  const attachments: Attachment[] = [];
  try {
    for (const path of make(dir)) attachments.push(await ctx.vault.requireNotebook().attachments.add({ entryId: entry.id, path, stripLocation: false }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const served = watchAttachments(page);
  await openHarness(app, lang, attachments);
  return { attachments, served };
}

const first = (attachments: Attachment[]): Attachment => {
  const [attachment] = attachments;
  if (!attachment) throw new Error('nothing was attached');
  return attachment;
};

for (const lang of ['en', 'ar'] as const) {
  const m = messages[lang];
  const tr = createTranslator(lang, 'latn');

  test(`attachment viewer: a picture fitted, then 1:1; focus kept inside, Escape closes back to the opener; a lock leaves nothing to show (${lang})`, async ({ app }) => {
    // Two axe passes, a lock and a reload of the picture: more than one default budget on a loaded machine.
    test.slow();
    const { page, ctx } = app;
    const { attachments, served } = await seeded(app, lang, (dir) => {
      const path = join(dir, 'court-notice.png');
      execFileSync('convert', ['-size', '900x1200', 'gradient:white-navy', path]);
      const unseen = join(dir, 'second-scan.png');
      execFileSync('convert', ['-size', '40x40', 'xc:teal', unseen]);
      return [path, unseen];
    });
    const [photo, unseen] = attachments as [Attachment, Attachment];
    const opener = page.getByRole('button', { name: photo.name });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: photo.name });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: photo.name })).toHaveAttribute('dir', 'auto');
    await expect(dialog.getByRole('button', { name: m['viewer.close'] })).toBeFocused();
    const img = dialog.locator('img');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(900);
    expect(await img.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(1200);
    await expect(dialog.getByRole('button', { name: m['viewer.image.fit'] })).toHaveAttribute('aria-pressed', 'true');
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'attachment-viewer-image');

    await dialog.getByRole('button', { name: m['viewer.image.actual'] }).click();
    await expect(dialog.getByRole('button', { name: m['viewer.image.actual'] })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => img.evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(1200);
    await expectNoAxeViolations(page);
    // The page behind is inert: Tab never leaves the dialog.
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('dialog')?.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    expect(served.length).toBeGreaterThan(0);
    expect(served.filter((answer) => answer.cacheControl !== 'no-store')).toEqual([]);

    // After a lock nothing is served (a picture not shown before: one already decoded stays in
    // this page's memory until the app drops the page, which it does at every lock).
    app.expectBlockedAttemptsTo([/status of 404/]);
    ctx.vault.lock();
    await page.getByRole('button', { name: unseen.name }).click();
    await expect(page.getByRole('dialog', { name: unseen.name }).getByRole('alert')).toHaveText(m['viewer.image.failed']);
  });

  test(`attachment viewer: a voice memo with an Arabic name plays and seeks, served in ranges with no-store (${lang})`, async ({ app }) => {
    const { page } = app;
    const { attachments, served } = await seeded(app, lang, (dir) => [toneWav(dir, 6, 'مذكرة صوتية.wav')]);
    const memo = first(attachments);
    await page.getByRole('button', { name: memo.name }).click();
    const dialog = page.getByRole('dialog', { name: memo.name });
    const audio = dialog.locator('audio');
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.readyState)).toBeGreaterThanOrEqual(1);
    expect(await audio.evaluate((el: HTMLAudioElement) => Math.round(el.duration))).toBe(6);
    // A click on the player is the user gesture Chromium asks for before it plays.
    await audio.click();
    await audio.evaluate((el: HTMLAudioElement) => el.play());
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThan(0);
    await audio.evaluate(
      (el: HTMLAudioElement) =>
        new Promise<void>((resolve) => {
          el.addEventListener('seeked', () => resolve(), { once: true });
          el.currentTime = 4;
        }),
    );
    expect(await audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThanOrEqual(4);
    await audio.evaluate((el: HTMLAudioElement) => el.pause());
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'attachment-viewer-audio');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(served.some((answer) => answer.status === 206)).toBe(true);
    expect(served.filter((answer) => answer.cacheControl !== 'no-store')).toEqual([]);
  });

  test(`attachment viewer: a PDF read inside the app, page count, page two drawn, zoom, ranges with no-store (${lang})`, async ({ app }) => {
    const { page } = app;
    const { attachments, served } = await seeded(app, lang, (dir) => [handWrittenPdf(dir, ['Summons to appear', 'Page two: HEARING ADJOURNED'], { padding: 1024 * 1024 })]);
    const pdf = first(attachments);
    await page.getByRole('button', { name: pdf.name }).click();
    const dialog = page.getByRole('dialog', { name: pdf.name });
    const toolbar = dialog.getByRole('toolbar', { name: m['viewer.pdf.toolbar'] });
    await expect(toolbar.getByRole('status')).toHaveText(tr.t('viewer.pdf.page', { page: '1', count: '2' }));
    const canvas = dialog.getByRole('img', { name: tr.t('viewer.pdf.pageLabel', { page: '1' }) });
    await expect(canvas).toHaveAttribute('data-rendered', '1');
    const firstInk = await inkOf(page);
    expect(firstInk).toBeGreaterThan(50);
    await expect(toolbar.getByRole('button', { name: m['viewer.pdf.previous'] })).toBeDisabled();

    await toolbar.getByRole('button', { name: m['viewer.pdf.next'] }).click();
    await expect(toolbar.getByRole('status')).toHaveText(tr.t('viewer.pdf.page', { page: '2', count: '2' }));
    const second = dialog.getByRole('img', { name: tr.t('viewer.pdf.pageLabel', { page: '2' }) });
    await expect(second).toHaveAttribute('data-rendered', '2');
    // Page two's longer line in capitals leaves more ink than page one's.
    expect(await inkOf(page)).toBeGreaterThan(firstInk);
    await expect(toolbar.getByRole('button', { name: m['viewer.pdf.next'] })).toBeDisabled();

    const width = await second.evaluate((el: HTMLCanvasElement) => el.width);
    await toolbar.getByRole('button', { name: m['viewer.pdf.zoomIn'] }).click();
    await expect(toolbar).toContainText(tr.t('viewer.pdf.zoom', { percent: '125' }));
    await expect(second).toHaveAttribute('data-rendered', '2');
    expect(await second.evaluate((el: HTMLCanvasElement) => el.width)).toBeGreaterThan(width);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'attachment-viewer-pdf');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(served.some((answer) => answer.status === 206)).toBe(true);
    expect(served.filter((answer) => answer.cacheControl !== 'no-store')).toEqual([]);
  });

  test(`attachment viewer: another type shows its name, size and type and offers Save a copy, never fetching the file (${lang})`, async ({ app }) => {
    const { page } = app;
    const { attachments, served } = await seeded(app, lang, (dir) => {
      const path = join(dir, 'notes.bin');
      writeFileSync(path, 'plain bytes of no known type');
      return [path];
    });
    const other = first(attachments);
    await page.getByRole('button', { name: other.name }).click();
    const dialog = page.getByRole('dialog', { name: other.name });
    await expect(dialog.getByRole('heading', { name: m['viewer.other.heading'] })).toBeVisible();
    await expect(dialog).toContainText(tr.t('viewer.size.bytes', { size: '28' }));
    await expect(dialog).toContainText('application/octet-stream');
    await dialog.getByRole('button', { name: m['viewer.saveCopy'] }).click();
    expect(await page.evaluate(() => window.viewerSaveCopies)).toBe(1);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'attachment-viewer-other');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(served).toEqual([]);
  });
}

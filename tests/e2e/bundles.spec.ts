import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { createTranslator } from '../../renderer/src/i18n/translate';
import { expectNoAxeViolations } from './support/axe';
import { expectDirection, messages, PASSPHRASE, type Lang } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { core, meetingInput } from './support/seed';
import { exiftoolTags, photoWithGps } from '../support/sample-files';

const NAMED = 'Canary Named-Haddad';
const HIDDEN = 'Canary Hidden-Saleh';
const HQ_DESK = 'HQ desk';
/** The photo's file name as the officer gave it (photoWithGps' default). */
const PHOTO = 'court-notice.jpg';
/** Big enough that writing the bundle takes many slices: the progress and Cancel are seen. */
const LARGE_ATTACHMENT_BYTES = 48 * 1024 * 1024;
/** Writing, verifying or importing that much on a machine shared by many test runs. */
const SLOW = { timeout: 120_000 };

// Four exports, a large attachment, verify and imports with axe on each screen: minutes on a loaded machine.
test.describe.configure({ timeout: 480_000 });

/** Each test's folder of keys and bundles (tens of MB): removed when the test ends, passed or not. */
const made: string[] = [];
test.afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Falcon's consent covers naming to headquarters; Heron has none: the bundle names Falcon only.
 * The meeting carries a recording and a photo with its GPS position, camera and time kept in the vault.
 */
async function seed(app: App, dir: string): Promise<string> {
  const { ctx } = app;
  const person = async (pseudonym: string, realName: string) =>
    ((await core(ctx, 'person:create', { person: { pseudonym }, identity: { realName, contacts: '' } })) as { id: string }).id;
  const falcon = await person('Falcon', NAMED);
  const heron = await person('Heron', HIDDEN);
  await core(ctx, 'entry:create', { entry: { kind: 'consent', title: 'Consent of Falcon', personId: falcon, scopes: ['contact-and-meet', 'named-in-hq-reporting'], givenOn: '2026-01-01' } });
  const meeting = (await core(ctx, 'entry:create', { entry: { ...meetingInput('Met Falcon and Heron at the annex', 'They described the raid.'), participantRefs: [{ personId: falcon }, { personId: heron }] } })) as { id: string };
  const large = join(dir, 'recording.bin');
  writeFileSync(large, Buffer.alloc(LARGE_ATTACHMENT_BYTES, 7));
  await ctx.vault.requireNotebook().attachments.add({ entryId: meeting.id, path: large, stripLocation: false });
  return (await ctx.vault.requireNotebook().attachments.add({ entryId: meeting.id, path: photoWithGps(dir), stripLocation: false })).id;
}

async function pick(app: App, label: string, files: string[]): Promise<void> {
  app.desktop.nextPicks = files;
  const group = app.page.getByRole('group', { name: label, exact: true });
  await group.getByRole('button').click();
  for (const file of files) await expect(group.getByText(basename(file), { exact: true })).toBeVisible();
}

/** The sequence number the result shows, as the officer's digits write it. */
async function shownSequence(page: Page, lang: Lang): Promise<string> {
  const dt = page.locator('dl dt', { hasText: messages[lang]['result.sequence'] });
  return (await dt.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}

async function writeBundle(app: App, lang: Lang, target: string): Promise<string> {
  const { page, desktop } = app;
  const m = messages[lang];
  desktop.nextSaveTarget = target;
  await page.getByRole('button', { name: m['exportForm.preview'] }).click();
  await expect(page.getByRole('heading', { name: m['preview.heading'] })).toBeFocused();
  await page.getByRole('button', { name: m['preview.confirm'] }).click();
  await page.getByRole('alertdialog', { name: m['preview.confirmTitle'] }).getByRole('button', { name: m['preview.confirmButton'] }).click();
  await expect(page.getByRole('heading', { name: m['result.heading'] })).toBeFocused(SLOW);
  const sequence = await shownSequence(page, lang);
  await page.getByRole('button', { name: m['result.again'] }).click();
  return sequence;
}

async function openExport(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: messages[lang]['nav.export'] }).click();
  await expect(page.getByRole('heading', { name: messages[lang]['export.heading'] })).toBeFocused();
}

for (const lang of ['en', 'ar'] as const satisfies readonly Lang[]) {
  test(`bundles: export with preview, progress and cancel; verify, a tampered bundle refused, import once, arrivals with a missing number, an imported entry read-only (${lang})`, async ({ app }) => {
    const { page, ctx, desktop } = app;
    const m = messages[lang];
    const { t, tp } = createTranslator(lang);
    const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bundles-e2e-'));
    made.push(dir);
    await ctx.vault.create(PASSPHRASE);
    ctx.preferences.set({ language: lang });
    const photoId = await seed(app, dir);
    // Headquarters' key pair, made by the age tools themselves.
    execFileSync('age-keygen', ['-o', join(dir, 'hq.txt')], { stdio: 'ignore' });
    const hqRecipient = execFileSync('age-keygen', ['-y', join(dir, 'hq.txt')], { encoding: 'utf8' }).trim();
    await app.open();
    await expectDirection(page, lang);

    // The officer's key, shown with its fingerprint, left to right.
    await openExport(page, lang);
    const identity = (await core(ctx, 'bundle:identity', {})) as { fingerprint: string; publicKeyFile: string };
    await expect(page.getByText(identity.fingerprint, { exact: true })).toHaveAttribute('dir', 'ltr');
    await expect(page.getByLabel(m['identity.publicKey'])).toHaveValue(identity.publicKeyFile.trimEnd());
    // Saved through main's save dialog: headquarters' trusted key below is this very file.
    desktop.nextSaveTarget = join(dir, 'officer.pub');
    await page.getByRole('button', { name: m['identity.save'] }).click();
    await expect(page.getByRole('status').filter({ hasText: t('identity.saved', { file: 'officer.pub' }) })).toBeVisible();
    expect(readFileSync(join(dir, 'officer.pub'), 'utf8')).toBe(identity.publicKeyFile);

    // A headquarters key pasted, unusable until verified behind the confirmation.
    await page.getByLabel(m['recipients.name'], { exact: true }).fill(HQ_DESK);
    await page.getByLabel(m['recipients.key'], { exact: true }).fill(hqRecipient);
    await page.getByRole('button', { name: m['recipients.add'] }).click();
    await expect(page.getByText(m['recipients.added'])).toBeVisible();
    await expect(page.getByRole('checkbox', { name: t('exportForm.toUnverified', { name: HQ_DESK }) })).toBeDisabled();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'export-keys');
    await page.getByRole('button', { name: t('recipients.verify', { name: HQ_DESK }) }).click();
    const verifyDialog = page.getByRole('alertdialog', { name: m['recipients.verifyTitle'] });
    await expect(verifyDialog.getByText(m['recipients.verifyBody'])).toBeVisible();
    await expectNoAxeViolations(page);
    await verifyDialog.getByRole('button', { name: m['recipients.verifyConfirm'] }).click();
    await expect(page.getByText(m['recipients.verified'], { exact: true })).toBeVisible();

    // One entry ticked by keyboard among those the filters match: the preview counts only it.
    await page.getByRole('checkbox', { name: HQ_DESK }).check();
    await page.getByRole('checkbox', { name: m['exportForm.selectOn'] }).check();
    const meetingOption = page.getByRole('listbox', { name: m['exportSelection.list'] }).getByRole('option', { name: 'Met Falcon and Heron at the annex' });
    await meetingOption.focus();
    await page.keyboard.press('Space');
    await expect(meetingOption).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: m['exportForm.preview'] }).click();
    await expect(page.getByText(tp('preview.entries', 1), { exact: true })).toBeVisible();
    await page.getByRole('button', { name: m['preview.back'] }).click();
    await page.getByRole('checkbox', { name: m['exportForm.selectOn'] }).uncheck();

    // Preview: counts, size, who is named and who only by pseudonym.
    await page.getByRole('button', { name: m['exportForm.preview'] }).click();
    await expect(page.getByRole('heading', { name: m['preview.heading'] })).toBeFocused();
    await expect(page.getByText(tp('preview.entries', 2), { exact: true })).toBeVisible();
    await expect(page.getByText(tp('preview.attachments', 2), { exact: true })).toBeVisible();
    // The photo is listed with what it carries; keeping its details is off until ticked, and says what it sends.
    const photoChoice = page.getByRole('region', { name: m['exportMetadata.heading'] }).getByRole('group', { name: PHOTO });
    const carried = [m['exportMetadata.location'], m['exportMetadata.device'], m['exportMetadata.takenAt']].join(m['bundles.listSeparator']);
    await expect(photoChoice.getByText(t('exportMetadata.carries', { what: carried }), { exact: true })).toBeVisible();
    const keepPhoto = photoChoice.getByRole('checkbox', { name: m['exportMetadata.keep'] });
    await expect(keepPhoto).not.toBeChecked();
    await expect(keepPhoto).toHaveAccessibleDescription(m['exportMetadata.warning']);
    const named = page.getByRole('region', { name: m['preview.named'] });
    await expect(named.getByText(t('preview.namedAs', { pseudonym: 'Falcon', name: NAMED }))).toBeVisible();
    await expect(named.getByText('Heron')).toHaveCount(0);
    await expect(page.getByRole('region', { name: m['preview.pseudonyms'] }).getByText('Heron', { exact: true })).toBeVisible();
    await expect(page.getByText(HIDDEN)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'export-preview');

    // Write, watch the progress, cancel: nothing is left where it was going.
    const cancelled = join(dir, 'cancelled.fieldnotes');
    desktop.nextSaveTarget = cancelled;
    await page.getByRole('button', { name: m['preview.confirm'] }).click();
    await page.getByRole('alertdialog', { name: m['preview.confirmTitle'] }).getByRole('button', { name: m['preview.confirmButton'] }).click();
    await expect(page.getByRole('heading', { name: m['progress.heading'] })).toBeFocused();
    await expect(page.getByRole('progressbar', { name: m['progress.heading'] })).toBeVisible();
    // Cancelled at once: axe and a screenshot take longer than the writing has left.
    await page.getByRole('button', { name: m['progress.cancel'] }).click();
    await expect(page.getByText(m['progress.cancelled'])).toBeVisible(SLOW);
    expect(readdirSync(dir).filter((name) => name.includes('cancelled'))).toEqual([]);

    // Written for real, the photo's details kept on purpose: the result names the sequence and the file's own SHA-256.
    const first = join(dir, 'first.fieldnotes');
    desktop.nextSaveTarget = first;
    await page.getByRole('button', { name: m['exportForm.preview'] }).click();
    await keepPhoto.check();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'export-preview-keep-metadata');
    await page.getByRole('button', { name: m['preview.confirm'] }).click();
    const confirmFirst = page.getByRole('alertdialog', { name: m['preview.confirmTitle'] });
    await expect(confirmFirst.getByText(tp('exportMetadata.kept', 1), { exact: true })).toBeVisible();
    await confirmFirst.getByRole('button', { name: m['preview.confirmButton'] }).click();
    await expect(page.getByRole('heading', { name: m['result.heading'] })).toBeFocused(SLOW);
    expect(existsSync(first)).toBe(true);
    await expect(page.getByText(sha256(first), { exact: true })).toBeVisible();
    // The file by its base name only: the page is never told the folder.
    await expect(page.getByText('first.fieldnotes', { exact: true })).toBeVisible();
    // The saved public key verifies the bundle's signed sums with minisign itself.
    const sums = execFileSync('sh', ['-c', 'mkdir out && age -d -i hq.txt first.fieldnotes | tar -x -C out && minisign -V -p officer.pub -m out/SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(sums).toContain('Signature and comment signature verified');
    // The kept photo left whole, GPS included, and the manifest says it was kept on purpose.
    expect(exiftoolTags(join(dir, 'out/attachments', photoId))).toHaveProperty(['EXIF:GPSLatitude']);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8')) as { attachmentMetadata: unknown };
    expect(manifest.attachmentMetadata).toEqual([{ file: `attachments/${photoId}`, carried: ['location', 'device', 'takenAt'], outcome: 'kept' }]);
    const firstSequence = await shownSequence(page, lang);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'export-result');
    await page.getByRole('button', { name: m['result.again'] }).click();
    // The next one never reaches headquarters; the one after does.
    const lostSequence = await writeBundle(app, lang, join(dir, 'second.fieldnotes'));
    const third = join(dir, 'third.fieldnotes');
    const thirdSequence = await writeBundle(app, lang, third);

    // Headquarters: a tampered copy is refused with its message and nothing is imported.
    // One letter of the age header's MAC changed (still canonical base64): the header no longer authenticates.
    const tampered = join(dir, 'tampered.fieldnotes');
    const bytes = readFileSync(first);
    const mac = bytes.indexOf('\n--- ') + 5;
    bytes.write(bytes.toString('latin1', mac, mac + 1) === 'A' ? 'B' : 'A', mac, 'latin1');
    writeFileSync(tampered, bytes);
    await page.getByRole('navigation').getByRole('button', { name: m['nav.headquarters'] }).click();
    await expect(page.getByRole('heading', { name: m['hq.heading'] })).toBeFocused();
    await expect(page.getByText(m['arrivals.empty'])).toBeVisible();
    await pick(app, m['hq.bundle'], [tampered]);
    await pick(app, m['hq.identity'], [join(dir, 'hq.txt')]);
    await pick(app, m['hq.signers'], [join(dir, 'officer.pub')]);
    await page.getByRole('button', { name: m['hq.verify'] }).click();
    await expect(page.locator('[data-error-code="BUNDLE_TAMPERED"]')).toHaveText(m['error.BUNDLE_TAMPERED'], SLOW);
    await expect(page.getByRole('button', { name: m['hq.import'] })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'hq-refused');
    expect(await core(ctx, 'bundle:imported-list', {})).toEqual([]);

    // The real one: verified, its manifest shown, imported once.
    await pick(app, m['hq.bundle'], [first]);
    await page.getByRole('button', { name: m['hq.verify'] }).click();
    await expect(page.getByRole('heading', { name: m['hq.verified'] })).toBeFocused(SLOW);
    const summary = page.locator('.bundle-summary');
    await expect(summary.getByText(identity.fingerprint, { exact: true })).toBeVisible();
    await expect(summary.getByText(HQ_DESK)).toBeVisible();
    await expect(summary.getByText(tp('hq.redactions', 1), { exact: true })).toBeVisible();
    await expect(summary.getByText('Heron', { exact: true })).toBeVisible();
    await expect(summary.getByText(tp('hq.metadataKept', 1), { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'hq-verified');
    await page.getByRole('button', { name: m['hq.import'] }).click();
    await expect(page.getByText(tp('hq.imported', 2), { exact: true })).toBeVisible(SLOW);
    await page.getByRole('button', { name: m['hq.verify'] }).click();
    await page.getByRole('button', { name: m['hq.import'] }).click();
    await expect(page.getByText(m['hq.alreadyImported'])).toBeVisible(SLOW);

    // The third arrives: the second is missing.
    await pick(app, m['hq.bundle'], [third]);
    await page.getByRole('button', { name: m['hq.verify'] }).click();
    await page.getByRole('button', { name: m['hq.import'] }).click();
    await expect(page.getByText(tp('hq.imported', 2), { exact: true })).toBeVisible(SLOW);
    const arrivals = page.getByRole('region', { name: m['arrivals.heading'] });
    const listed = (key: 'arrivals.arrived' | 'arrivals.missing', sequence: string) => arrivals.getByText(t(key, { numbers: 'N' }).split('N')[0] ?? '').filter({ hasText: new RegExp(`(^|\\D)${sequence}(\\D|$)`) });
    await expect(listed('arrivals.missing', lostSequence)).toBeVisible();
    await expect(listed('arrivals.arrived', firstSequence)).toBeVisible();
    await expect(listed('arrivals.arrived', thirdSequence)).toBeVisible();
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'hq-arrivals');

    // A restored backup of the officer's notebook would number its next bundle as the last one
    // was: the counter goes back one, as the restore would put it, and that bundle is a replay.
    const [officerArrivals] = (await core(ctx, 'bundle:arrivals', {})) as { arrived: number[] }[];
    ctx.vault.requireBundleStores().officer.releaseSequence(officerArrivals?.arrived.at(-1) as number);
    await openExport(page, lang);
    await page.getByRole('checkbox', { name: HQ_DESK }).check();
    const replay = join(dir, 'replay.fieldnotes');
    expect(await writeBundle(app, lang, replay)).toBe(thirdSequence);
    await page.getByRole('navigation').getByRole('button', { name: m['nav.headquarters'] }).click();
    await pick(app, m['hq.bundle'], [replay]);
    await pick(app, m['hq.identity'], [join(dir, 'hq.txt')]);
    await pick(app, m['hq.signers'], [join(dir, 'officer.pub')]);
    await page.getByRole('button', { name: m['hq.verify'] }).click();
    await page.getByRole('button', { name: m['hq.import'] }).click();
    await expect(page.getByRole('alert').filter({ hasText: t('hq.replayed', { sequence: thirdSequence }) })).toBeVisible(SLOW);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'hq-replayed');

    // An imported entry: its own fields, every one disabled, under the banner naming bundle and signer.
    const imported = page.getByRole('region', { name: m['imported.heading'] });
    await imported.getByRole('button', { name: m['imported.showEntries'] }).last().click();
    await imported.getByRole('button', { name: /Met Falcon and Heron/ }).click();
    await expect(page.getByText(t('imported.banner', { sequence: firstSequence, fingerprint: identity.fingerprint }))).toBeVisible();
    const title = page.getByLabel(m['editor.title'], { exact: true });
    await expect(title).toHaveValue('Met Falcon and Heron at the annex');
    await expect(title).toBeDisabled();
    await expect(page.getByRole('textbox', { name: m['editor.body'] })).toHaveAttribute('aria-readonly', 'true');
    await expect(page.getByRole('button', { name: m['editor.save'] })).toHaveCount(0);
    // The people it names by pseudonym; the name the bundle carried only on purpose, and recorded.
    const people = page.getByRole('region', { name: m['imported.people'] });
    await expect(people.getByText(t('imported.nameCarried', { pseudonym: 'Falcon' }))).toBeVisible();
    await expect(people.getByText(t('imported.pseudonymOnly', { pseudonym: 'Heron' }))).toBeVisible();
    await expect(page.getByText(NAMED)).toHaveCount(0);
    await expectNoAxeViolations(page);
    await app.screenshot(lang, 'hq-imported-entry');
    const revealed = () => core(ctx, 'audit:list', { limit: 200, offset: 0 }).then((audit) => (audit as { records: { action: string }[] }).records.filter((r) => r.action === 'bundle.imported-name-revealed'));
    expect(await revealed()).toHaveLength(0);
    await people.getByRole('button', { name: t('imported.showNameOf', { pseudonym: 'Falcon' }) }).click();
    await expect(people.getByText(t('imported.revealed', { pseudonym: 'Falcon', name: NAMED }))).toBeVisible();
    expect(await revealed()).toHaveLength(1);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: m['imported.back'] }).click();
    await expect(page.getByRole('heading', { name: m['hq.heading'] })).toBeFocused();
    // Opened again, the name is hidden again.
    await imported.getByRole('button', { name: m['imported.showEntries'] }).last().click();
    await imported.getByRole('button', { name: /Met Falcon and Heron/ }).click();
    await expect(page.getByRole('region', { name: m['imported.people'] }).getByText(t('imported.nameCarried', { pseudonym: 'Falcon' }))).toBeVisible();
    await expect(page.getByText(NAMED)).toHaveCount(0);
  });
}

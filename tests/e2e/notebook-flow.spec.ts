import { dispatch } from '../../electron/core/handlers/dispatch';
import type { HandlerContext } from '../../electron/core/handlers/context';
import { createVault, expectDirection, expectLocked, messages, save, unlock, writeNote, type Lang, type NoteText } from './support/flows';
import { expect, test } from './support/fixtures';

// Verbatim from guidelines-ar.txt (the team's Arabic corpus), mixed with English as officers write.
const ARABIC_SENTENCE = 'الانخراط المباشر مع منظمات المجتمع المدني والمدافعين عن حقوق الإنسان';

const NOTES: Record<Lang, NoteText & { search: string }> = {
  en: {
    title: 'Courthouse meeting with the Lawyers Collective',
    body: `Discussed the adjourned hearing and reprisals after the UN visit. Quote from the guidelines: ${ARABIC_SENTENCE}.`,
    location: 'Appeals court, east wing',
    participants: 'Pseudonym: Cedar\nPseudonym: Olive',
    occurredAt: '2026-03-14T10:30',
    search: 'reprisals',
  },
  ar: {
    title: 'لقاء مع منظمات المجتمع المدني — follow-up with the Embassy',
    body: `${ARABIC_SENTENCE}. The defender asked for consent to be recorded before any public statement.`,
    location: 'مقر الائتلاف، الطابق الثاني',
    participants: 'الاسم المستعار: أرز\nPseudonym: Olive',
    occurredAt: '2026-03-14T10:30',
    search: 'والمدافعين',
  },
};

const noop = { incident: () => undefined };

async function storedNotes(ctx: HandlerContext) {
  const result = await dispatch(ctx, 'entry:list', { kind: 'meeting' }, noop);
  if (!result.ok) throw new Error(result.error.code);
  return (result.value as { entries: { id: string; title: string; occurredAt: string | null }[] }).entries;
}

for (const lang of ['en', 'ar'] as const) {
  test(`create → unlock → write → search → lock (${lang})`, async ({ app }) => {
    const { page } = app;
    const m = messages[lang];
    const note = NOTES[lang];
    await app.open();
    await expect(page.getByRole('heading', { name: messages.en['create.heading'] })).toBeVisible();
    if (lang === 'ar') {
      await page.getByRole('button', { name: 'العربية' }).click();
      await expect(page.getByRole('heading', { name: 'أنشئ دفترك' })).toBeVisible();
      expect(app.ctx.preferences.get().language).toBe('ar');
    }
    await expectDirection(page, lang);

    // Create: live strength feedback, then the notebook opens.
    await page.getByLabel(m['create.passphrase'], { exact: true }).fill('short');
    await expect(page.locator('.strength__value')).toHaveText(m['strength.level0']);
    await page.getByLabel(m['create.passphrase'], { exact: true }).fill('lantern orchard basalt quietly');
    await expect(page.locator('.strength__value')).toHaveText(m['strength.level3']);
    await app.screenshot(lang, 'create');
    await createVault(page, lang);

    // Lock with the keyboard, then unlock: the language survives the reload (kept by prefs).
    await page.keyboard.press('Control+l');
    await expectLocked(page, lang);
    await expectDirection(page, lang);
    await app.screenshot(lang, 'unlock');
    await unlock(page, lang);
    await expect(page.getByText(m['list.empty'])).toBeVisible();

    // Write, save, edit and save again (the update names revision 1 and gets revision 2).
    await writeNote(page, lang, note);
    await expect(page.getByLabel(m['editor.title'], { exact: true })).toHaveAttribute('dir', 'auto');
    // The body's paragraphs each find their direction from their own text (rich-text.css).
    await expect(page.getByLabel(m['editor.body'], { exact: true }).locator('p').first()).toHaveCSS('unicode-bidi', 'plaintext');
    await save(page, lang);
    await app.screenshot(lang, 'editor');
    await page.getByLabel(m['editor.body'], { exact: true }).fill(`${note.body}\nSecond thought.`);
    await save(page, lang);
    const [stored] = await storedNotes(app.ctx);
    // 10:30 on the wall clock in Riyadh (UTC+3) is 07:30 UTC.
    expect(stored?.occurredAt).toBe('2026-03-14T07:30:00.000Z');
    const got = await dispatch(app.ctx, 'entry:get', { id: stored?.id }, noop);
    expect(got.ok && (got.value as { revision: number }).revision).toBe(2);
    // Saved as a document of two paragraphs; the plain body the core derived from it says the same.
    expect(got.ok && (got.value as { body: string }).body).toBe(`${note.body}\nSecond thought.`);

    // The list shows it, newest first, user text marked dir="auto".
    await page.getByRole('button', { name: m['editor.back'] }).click();
    const card = page.locator('.entry-card__title', { hasText: note.title });
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('dir', 'auto');
    await expect(page.getByText(m['counterpart.hrd'])).toBeVisible();
    await app.screenshot(lang, 'list');

    // Search: the matched word is a <mark>, built from text segments.
    await page.getByRole('button', { name: m['nav.search'], exact: true }).click();
    await page.getByLabel(m['search.label'], { exact: true }).fill(note.search);
    const mark = page.locator('mark', { hasText: note.search }).first();
    await expect(mark).toBeVisible();
    await expect(page.locator('.entry-card__snippet').first()).toHaveAttribute('dir', 'auto');
    await app.screenshot(lang, 'search');

    // Lock with the button: nothing of the note is left in the DOM.
    await page.getByRole('button', { name: m['nav.lock'] }).click();
    await expectLocked(page, lang);
    await expectDirection(page, lang);
    const html = await page.content();
    for (const secret of [note.title, note.location, 'Olive', ARABIC_SENTENCE, note.search]) {
      expect(html).not.toContain(secret);
    }
    expect(app.ctx.vault.status().state).toBe('locked');
    await app.screenshot(lang, 'locked');
  });
}

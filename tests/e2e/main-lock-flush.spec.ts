import { expectLocked, messages, PASSPHRASE, unlock, type Lang } from './support/flows';
import { expect, test, type App } from './support/fixtures';
import { expectBody } from './support/rich-body';

const WORDS: Record<Lang, { title: string; typed: string }> = {
  en: { title: 'Hearing of the land defenders', typed: 'The judge adjourned until the defen' },
  ar: { title: 'جلسة المدافعين عن الأرض', typed: 'أجّل القاضي الجلسة حتى يحضر المداف' },
};

async function typeMidWord(app: App, lang: Lang): Promise<void> {
  const m = messages[lang];
  const { page } = app;
  await app.ctx.vault.create(PASSPHRASE);
  await app.open();
  await page.getByRole('button', { name: m['nav.newNote'] }).click();
  await page.getByLabel(m['editor.title'], { exact: true }).fill(WORDS[lang].title);
  const body = page.getByLabel(m['editor.body'], { exact: true });
  await body.click();
  // Typed key by key and locked at once: no pause for the debounced autosave (1.5 s).
  await page.keyboard.type(WORDS[lang].typed);
  await expectBody(body, WORDS[lang].typed);
}

async function expectEveryCharacterKept(app: App, lang: Lang): Promise<void> {
  const m = messages[lang];
  await expect.poll(() => app.ctx.vault.status().state).toBe('locked');
  await expectLocked(app.page, lang);
  await unlock(app.page, lang);
  await app.page.getByRole('button', { name: m['nav.newNote'] }).click();
  await expectBody(app.page.getByLabel(m['editor.body'], { exact: true }), WORDS[lang].typed);
  await expect(app.page.getByLabel(m['editor.title'], { exact: true })).toHaveValue(WORDS[lang].title);
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a lock started by main (suspend, screen lock) mid-word keeps every typed character in the draft`, async ({ app }) => {
    app.ctx.preferences.set({ language: lang });
    await typeMidWord(app, lang);
    app.lockFromMain();
    await expectEveryCharacterKept(app, lang);
  });
}

test('en: the idle lock, started by main, keeps the word being typed', async ({ app }) => {
  await typeMidWord(app, 'en');
  app.setSystemIdleSeconds(60 * 60);
  await expect.poll(() => app.ctx.vault.status().state).toBe('locked');
  app.setSystemIdleSeconds(0);
  await expectEveryCharacterKept(app, 'en');
});

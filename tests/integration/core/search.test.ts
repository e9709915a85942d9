import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/domain/search';
import { RANK_WINDOW } from '../../../electron/core/services/search-service';
import { arabicParagraphs } from '../../support/arabic-corpus';
import { meeting, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

const hitsOf = (hit: SearchHit | undefined) =>
  [...(hit?.title ?? []), ...(hit?.snippet ?? [])].filter((s) => s.hit).map((s) => s.text);

describe('search', () => {
  it('finds Latin text, ranks the title match first, and highlights the words', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const bodyOnly = notebook.entries.create(meeting({ title: 'Weekly sync', body: 'The journalist described surveillance of her phone.' }));
    const inTitle = notebook.entries.create(meeting({ title: 'Surveillance of journalists', body: 'Follow-up on device seizures.' }));
    notebook.entries.create(meeting({ title: 'Unrelated', body: 'Budget lines for the fund.' }));
    const result = notebook.search.query({ query: 'surveillance', limit: 20, offset: 0 });
    expect(result.hits.map((h) => h.id)).toEqual([inTitle.id, bodyOnly.id]);
    expect(result.total).toBe(2);
    expect(hitsOf(result.hits[0])).toContain('Surveillance');
    expect(hitsOf(result.hits[1])).toEqual(['surveillance']);
  });

  it('folds case and Latin accents both ways', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'Réunion avec la société civile à Genève' }));
    expect(notebook.search.query({ query: 'geneve SOCIETE', limit: 20, offset: 0 }).hits[0]?.id).toBe(note.id);
    expect(hitsOf(notebook.search.query({ query: 'genève', limit: 20, offset: 0 }).hits[0])).toEqual(['Genève']);
  });

  it('finds Arabic from the guidelines with or without diacritics, alef forms and attached articles', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const paragraphs = arabicParagraphs();
    const notes = paragraphs.slice(0, 12).map((body, i) => notebook.entries.create(meeting({ title: `ملاحظة ${i}`, body })));
    const withDefenders = paragraphs.slice(0, 12).filter((p) => p.includes('المدافعين')).length;
    expect(withDefenders).toBeGreaterThan(0);

    // Bare form finds والمدافعين / للمدافعين too, so at least every note with المدافعين.
    const bare = notebook.search.query({ query: 'المدافعين', limit: 100, offset: 0 });
    expect(bare.total).toBeGreaterThanOrEqual(withDefenders);
    expect(bare.hits.every((h) => notes.some((n) => n.id === h.id))).toBe(true);

    // Typed with diacritics and a hamza-less alef: the same notes.
    const voweled = notebook.search.query({ query: 'المُدافِعين', limit: 100, offset: 0 });
    expect(voweled.hits.map((h) => h.id).sort()).toEqual(bare.hits.map((h) => h.id).sort());
    const hamza = notebook.search.query({ query: 'الإنسان', limit: 100, offset: 0 });
    const plainAlef = notebook.search.query({ query: 'الانسان', limit: 100, offset: 0 });
    expect(hamza.total).toBeGreaterThan(0);
    expect(plainAlef.hits.map((h) => h.id)).toEqual(hamza.hits.map((h) => h.id));

    // The snippet shows the officer's own spelling, not the normalised index form.
    const highlighted = hitsOf(hamza.hits[0]);
    expect(highlighted.length).toBeGreaterThan(0);
    for (const word of highlighted) expect(paragraphs.some((p) => p.includes(word))).toBe(true);
  });

  it('finds Arabic words from a typed beginning, article and all', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'تحدثنا مع الصحفيين عن البيانات المسربة' }));
    for (const query of ['الصح*', 'صحف*', 'الصحفي*', 'الصحفيين*', 'البيان*', 'بيانات*', 'البيانات', 'بيانات']) {
      expect(notebook.search.query({ query, limit: 20, offset: 0 }).hits[0]?.id, query).toBe(note.id);
    }
  });

  it('finds words whose letters carry a mark FTS5 keeps: hamza seats, Cyrillic й, Greek tonos', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(
      meeting({ body: 'التقى الرئيس مع مسؤول الهيئة حول مبادئ الطوارئ. Встреча с Алексеем в Российской миссии. σοφία' }),
    );
    for (const query of ['رئيس', 'الرئيس', 'مسؤول', 'هيئة', 'مبادئ', 'الطوارئ', 'Российской', 'Алексеем', 'σοφία']) {
      const hit = notebook.search.query({ query, limit: 20, offset: 0 }).hits[0];
      expect(hit?.id, query).toBe(note.id);
      expect(hit?.snippet.some((s) => s.hit), query).toBe(true);
    }
  });

  it('finds Chinese and Japanese words inside unspaced sentences, side by side only', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const zh = notebook.entries.create(meeting({ title: '会见', body: '我们讨论了人权捍卫者被拘留的情况。' }));
    const ja = notebook.entries.create(meeting({ title: '会合', body: '弁護士は人権擁護者の拘束について話した。' }));
    expect(notebook.search.query({ query: '捍卫者', limit: 20, offset: 0 }).hits.map((h) => h.id)).toEqual([zh.id]);
    expect(notebook.search.query({ query: '拘留', limit: 20, offset: 0 }).hits.map((h) => h.id)).toEqual([zh.id]);
    expect(notebook.search.query({ query: '擁護者', limit: 20, offset: 0 }).hits.map((h) => h.id)).toEqual([ja.id]);
    // The same characters in another order are not the word.
    expect(notebook.search.query({ query: '留拘', limit: 20, offset: 0 }).total).toBe(0);
    const marked = notebook.search.query({ query: '人权', limit: 20, offset: 0 }).hits[0]?.snippet.filter((seg) => seg.hit).map((seg) => seg.text);
    expect(marked).toEqual(['人权']);
  });

  it('matches mixed-script notes from either script', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ title: 'Trial of the coalition — محاكمة الائتلاف', body: 'Hearing adjourned; الجلسة تأجلت' }));
    expect(notebook.search.query({ query: 'محاكمة', limit: 20, offset: 0 }).hits[0]?.id).toBe(note.id);
    expect(notebook.search.query({ query: 'adjourned الجلسة', limit: 20, offset: 0 }).hits[0]?.id).toBe(note.id);
  });

  it('supports prefixes and phrases, and treats FTS syntax as plain text', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const a = notebook.entries.create(meeting({ title: 'A', body: 'arbitrary detention of the lawyer' }));
    notebook.entries.create(meeting({ title: 'B', body: 'the lawyer said detention was arbitrary' }));
    expect(notebook.search.query({ query: 'detent*', limit: 20, offset: 0 }).total).toBe(2);
    expect(notebook.search.query({ query: '"arbitrary detention"', limit: 20, offset: 0 }).hits.map((h) => h.id)).toEqual([a.id]);
    for (const hostile of ['title:lawyer', 'NEAR(lawyer detention)', 'lawyer OR', '"unbalanced', '*', '^lawyer', '(((', 'AND', '-lawyer']) {
      expect(() => notebook.search.query({ query: hostile, limit: 20, offset: 0 }), hostile).not.toThrow();
    }
    expect(notebook.search.query({ query: '   ', limit: 20, offset: 0 })).toEqual({ hits: [], total: 0, totalIsLowerBound: false, rankedWindow: null });
  });

  it('searches location and participants, and stays in sync after an update', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ location: 'Courthouse corridor', body: 'first version mentions oldword' }));
    expect(notebook.search.query({ query: 'corridor', limit: 20, offset: 0 }).total).toBe(1);
    notebook.entries.update(note.id, 1, meeting({ location: 'Courthouse corridor', body: 'second version mentions newword' }));
    expect(notebook.search.query({ query: 'oldword', limit: 20, offset: 0 }).total).toBe(0);
    expect(notebook.search.query({ query: 'newword', limit: 20, offset: 0 }).hits[0]?.id).toBe(note.id);
  });

  it('ranks a very common word over the most recent matches only, and says so', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const batch = Array.from({ length: RANK_WINDOW + 50 }, (_, i) => meeting({ title: `note ${i}`, body: `common word ${i % 7 === 0 ? 'rare' : ''}` }));
    const created = notebook.entries.createMany(batch);
    const common = notebook.search.query({ query: 'common', limit: 20, offset: 0 });
    expect(common.rankedWindow).toBe(RANK_WINDOW);
    expect(common.total).toBe(batch.length);
    const oldest = new Set(created.slice(0, 50).map((n) => n.id));
    expect(common.hits.some((h) => oldest.has(h.id))).toBe(false);
    expect(notebook.search.query({ query: 'rare', limit: 20, offset: 0 }).rankedWindow).toBeNull();
  });
});

/** Bounds on what an entry may hold. Apart from the schemas so the rich-text document can use them without an import cycle. */
export const LIMITS = {
  title: 500,
  location: 500,
  country: 100,
  participants: 5_000,
  /** A tag is a word or two; a note carries a handful. */
  tag: 60,
  tags: 30,
  /** A short structured field: a court's name, a charge, an owner. */
  field: 1_000,
  /** Longer structured text: evidence for a checklist item, a concern, a reason. */
  paragraph: 20_000,
  /** Rows of a repeated field (defendants, follow-ups, log lines). */
  rows: 2_000,
  /** About 1 MB of text: far beyond any real note, small enough to index and search instantly. */
  body: 1_000_000,
} as const;

import { z } from 'zod';

/** Schemes a note's link may be handed to the system for; anything else stays text. */
export const OPENABLE_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

export const MAX_URL_LENGTH = 2048;

// Bidi controls and invisible characters can make an address read differently from what it is.
const DECEPTIVE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

export function isOpenableUrl(value: string): boolean {
  if (value.length > MAX_URL_LENGTH || DECEPTIVE.test(value)) return false;
  try {
    const url = new URL(value);
    return (OPENABLE_SCHEMES as readonly string[]).includes(url.protocol) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export const openableUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine(isOpenableUrl, { message: 'only http, https and mailto addresses without credentials can be opened' });

/**
 * Addresses written in a note, for listing with their full text. Deliberately simple: it
 * finds what a person typed or pasted, and every match is checked by isOpenableUrl.
 */
export function findLinks(text: string): string[] {
  const found = text.match(/\b(?:https?:\/\/|mailto:)[^\s<>"']+/giu) ?? [];
  const trimmed = found.map((link) => link.replace(/[.,;:!?)\]]+$/u, ''));
  return [...new Set(trimmed.filter(isOpenableUrl))];
}

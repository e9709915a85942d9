import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The team's Arabic source text (../shared beside the repo): real Arabic for search and bidi tests. */
export function arabicParagraphs(): string[] {
  const text = readFileSync(resolve(__dirname, '../../../shared/domain/guidelines-ar.txt'), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 200);
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A minimal valid PDF written by hand: one page per text (US Letter, Helvetica 24 pt, the
 * standard font every reader has, so nothing is embedded), with a correct cross-reference
 * table. Made here so the test depends on no PDF tool. `padding` bytes of an unused stream make
 * it large enough for a reader to fetch it in ranges rather than whole.
 */
export function handWrittenPdf(dir: string, pages: readonly string[], { name = 'lawyer-letter.pdf', padding = 0 } = {}): string {
  const first = 3;
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${first + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  ];
  const font = first + pages.length * 2;
  pages.forEach((text, i) => {
    const content = `BT /F1 24 Tf 72 700 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${first + i * 2 + 1} 0 R >>`);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  if (padding > 0) objects.push(`<< /Length ${padding} >>\nstream\n${'%'.repeat(padding)}\nendstream`);

  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const path = join(dir, name);
  writeFileSync(path, body, 'latin1');
  return path;
}

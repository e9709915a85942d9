import { describe, expect, it } from 'vitest';
import { isInlineType } from '../../../electron/core/attachments/metadata';
import { attachmentUrl, viewKindOf } from '../../../renderer/src/features/attachments/attachment-view';
import { formatFileSize } from '../../../renderer/src/features/attachments/file-size';
import { createTranslator } from '../../../renderer/src/i18n/translate';

const TYPES = [
  'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/svg+xml', 'image/tiff',
  'audio/wav', 'audio/ogg', 'audio/mpeg', 'audio/flac',
  'video/webm', 'video/mp4', 'video/quicktime',
  'application/pdf', 'application/pdfx', 'text/html', 'application/octet-stream', 'xapplication/pdf',
];

describe('the attachment viewer picks its view', () => {
  it('shows inline exactly what the protocol serves inline (anything else would meet a 415)', () => {
    for (const type of TYPES) expect(viewKindOf(type) !== 'other', type).toBe(isInlineType(type));
  });

  it('maps each served type to its player or page', () => {
    expect(['image/png', 'audio/ogg', 'video/mp4', 'application/pdf', 'image/svg+xml'].map(viewKindOf)).toEqual(['image', 'audio', 'video', 'pdf', 'other']);
  });

  it('reads bytes from the page own origin, never an id that could leave the path', () => {
    expect(attachmentUrl('0b0e5c9e-6b1d-4d7e-9a43-1f0c2b7d9e10')).toBe('/attachment/0b0e5c9e-6b1d-4d7e-9a43-1f0c2b7d9e10');
    expect(attachmentUrl('../index.html')).toBe('/attachment/..%2Findex.html');
  });
});

describe('file sizes for people', () => {
  const strip = (text: string) => text.replace(/[\u2068\u2069]/g, '');
  it('says bytes, KB, MB and GB with one decimal, in the chosen digits', () => {
    const en = createTranslator('en', 'latn');
    expect([0, 1023, 1024, 1536, 5 * 1024 * 1024 + 52429, 2 * 1024 ** 3].map((bytes) => strip(formatFileSize(bytes, en)))).toEqual([
      '0 bytes', '1,023 bytes', '1 KB', '1.5 KB', '5.1 MB', '2 GB',
    ]);
    expect(strip(formatFileSize(1536, createTranslator('ar', 'arab')))).toBe('١٫٥ كيلوبايت');
  });
});

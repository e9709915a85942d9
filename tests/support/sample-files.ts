import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A real JPEG with a GPS position, a camera make/model/serial and a date, made with Debian's
 * ImageMagick and exiftool (so the reader and the stripper meet what cameras write).
 */
export function photoWithGps(dir: string, name = 'court-notice.jpg'): string {
  const path = join(dir, name);
  execFileSync('convert', ['-size', '64x48', 'gradient:orange-navy', path]);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-GPSLatitude=33.8938',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=35.5018',
    '-GPSLongitudeRef=E',
    '-Make=FieldCam',
    '-Model=FC-1',
    '-SerialNumber=SN-4242-CANARY',
    '-DateTimeOriginal=2026:11:20 09:30:00',
    '-XMP:Creator=XMP-CANARY',
    path,
  ]);
  return path;
}

/** A PNG with EXIF-style text chunks and an eXIf chunk (GPS). */
export function pngWithGps(dir: string, name = 'scan.png'): string {
  const path = join(dir, name);
  execFileSync('convert', ['-size', '32x32', 'xc:teal', '-set', 'comment', 'PNG-TEXT-CANARY', path]);
  execFileSync('exiftool', ['-q', '-overwrite_original', '-GPSLatitude=33.8938', '-GPSLatitudeRef=N', '-GPSLongitude=35.5018', '-GPSLongitudeRef=E', '-Make=FieldCam', path]);
  return path;
}

/** A short mono 16-bit WAV: a 440 Hz tone, `seconds` long. */
export function toneWav(dir: string, seconds = 1, name = 'voice-memo.wav'): string {
  const rate = 8000;
  const samples = Math.round(rate * seconds);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i += 1) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([header, data]));
  return path;
}

/** What exiftool reads from a file, as one JSON object. */
export function exiftoolTags(path: string): Record<string, unknown> {
  return (JSON.parse(execFileSync('exiftool', ['-j', '-G', path], { encoding: 'utf8' })) as Record<string, unknown>[])[0] ?? {};
}

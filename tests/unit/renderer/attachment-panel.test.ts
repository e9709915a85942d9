import { describe, expect, it } from 'vitest';
import { NO_METADATA } from '../../../shared/domain/attachments';
import { carriesAnything, stripProposed, type ChosenFile } from '../../../renderer/src/features/attachments/chosen-file';
import { secondsLeft } from '../../../renderer/src/features/attachments/time-left';

describe('time left for an add', () => {
  it('is the remaining bytes at the average rate so far, rounded up', () => {
    // 10 MB of 40 MB in 2 s: 5 MB/s, 30 MB to go.
    expect(secondsLeft(10e6, 40e6, 2000)).toBe(6);
    expect(secondsLeft(39_999_999, 40e6, 2000)).toBe(1);
  });

  it('says nothing before a second has passed, before any byte, or once done', () => {
    expect(secondsLeft(10e6, 40e6, 999)).toBeNull();
    expect(secondsLeft(0, 40e6, 5000)).toBeNull();
    expect(secondsLeft(40e6, 40e6, 5000)).toBeNull();
  });
});

describe('what a chosen file is offered', () => {
  const file = (over: Partial<ChosenFile>): ChosenFile => ({
    token: '5f0c7b4e-8d4f-4c36-9a53-6d0f2c1f9b11',
    name: 'court-notice.jpg',
    bytes: 1000,
    mediaType: 'image/jpeg',
    metadata: NO_METADATA,
    strippable: true,
    ...over,
  });

  it('ticks stripping when the file says where it was made and stripping is possible', () => {
    expect(stripProposed(file({ metadata: { ...NO_METADATA, location: true } }))).toBe(true);
    expect(stripProposed(file({ metadata: { ...NO_METADATA, device: true, takenAt: true } }))).toBe(false);
    expect(stripProposed(file({ metadata: { ...NO_METADATA, location: true }, strippable: false }))).toBe(false);
  });

  it('tells a file that carries nothing from one that carries any of position, device, time', () => {
    expect(carriesAnything(file({}))).toBe(false);
    for (const key of ['location', 'device', 'takenAt'] as const) expect(carriesAnything(file({ metadata: { ...NO_METADATA, [key]: true } }))).toBe(true);
  });
});

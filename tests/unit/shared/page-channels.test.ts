import { describe, expect, it } from 'vitest';
import { CHANNELS, isPageChannel, PRELOAD_ONLY_CHANNELS } from '../../../shared/ipc/channels';

describe('channels the page may invoke', () => {
  it('are every contract channel except the preload-only ones, among them the one that takes a dropped path', () => {
    expect(PRELOAD_ONLY_CHANNELS).toContain('attachment:drop');
    expect(CHANNELS.filter((channel) => !isPageChannel(channel))).toEqual([...PRELOAD_ONLY_CHANNELS]);
    expect(isPageChannel('attachment:pick')).toBe(true);
    expect(isPageChannel('fs:read')).toBe(false);
  });
});

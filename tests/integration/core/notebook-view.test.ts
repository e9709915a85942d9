import { describe, expect, it } from 'vitest';
import { PASSPHRASE, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe("the vault's own view settings", () => {
  it('start plain, and the discreet screen is remembered inside the vault across a lock', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    expect(notebook.view.get()).toEqual({ discreet: false });
    expect(notebook.view.set({ discreet: true })).toEqual({ discreet: true });
    session.lock();
    await session.unlock(PASSPHRASE);
    expect(session.requireNotebook().view.get()).toEqual({ discreet: true });
  });

  it('belong to one vault: another vault starts plain', async () => {
    const first = await temp.unlockedNotebook();
    first.notebook.view.set({ discreet: true });
    const second = await temp.unlockedNotebook();
    expect(second.notebook.view.get()).toEqual({ discreet: false });
  });
});

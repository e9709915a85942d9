import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * File-backed ext4 images mounted through a loop device: what only a real filesystem shows
 * (what a purge leaves on the raw device, a full disk). Needs root in the machine's own user
 * namespace; `npm test` runs the rest of the suite inside an unprivileged one (no network),
 * so these files skip there and run right after it as `npm run test:disk`.
 */

function insideUserNamespace(): boolean {
  if (!existsSync('/proc/self/uid_map')) return false;
  return !/^\s*0\s+0\s+4294967295\s*$/.test(readFileSync('/proc/self/uid_map', 'utf8'));
}

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** Why loop mounts cannot run here, or null when they can (checked by mounting a tiny image once). */
export function loopMountUnavailable(): string | null {
  if (process.platform !== 'linux') return `needs Linux, this is ${process.platform}`;
  if (insideUserNamespace()) {
    return "inside npm test's unprivileged namespace (no loop mounts there); npm test runs this next as `npm run test:disk`";
  }
  if (process.getuid?.() !== 0) return 'needs root to mount a loop device';
  if (!run('sh', ['-c', 'command -v mkfs.ext4']).ok) return 'mkfs.ext4 is not installed (e2fsprogs)';
  const probe = new LoopImage(8);
  try {
    probe.mount();
    return null;
  } catch (error) {
    return `a loop mount failed here: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    probe.destroy();
  }
}

export class LoopImage {
  readonly root = mkdtempSync(join(tmpdir(), 'fieldnotes-disk-'));
  readonly image = join(this.root, 'disk.img');
  readonly mountPoint = join(this.root, 'mnt');
  private mounted = false;

  constructor(sizeMiB: number) {
    const made = run('truncate', ['-s', `${sizeMiB}M`, this.image]);
    const formatted = made.ok ? run('mkfs.ext4', ['-q', '-F', this.image]) : made;
    if (!formatted.ok) throw new Error(`could not make an ext4 image: ${formatted.output}`);
    mkdirSync(this.mountPoint);
  }

  mount(): void {
    const result = run('mount', ['-o', 'loop', this.image, this.mountPoint]);
    if (!result.ok) throw new Error(result.output);
    this.mounted = true;
  }

  unmount(): void {
    if (!this.mounted) return;
    const result = run('umount', [this.mountPoint]);
    if (!result.ok) throw new Error(`umount failed: ${result.output}`);
    this.mounted = false;
  }

  /** Every byte of the device, as someone holding the laptop's disk would read it. */
  raw(): Buffer {
    return readFileSync(this.image);
  }

  destroy(): void {
    try {
      this.unmount();
    } finally {
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}

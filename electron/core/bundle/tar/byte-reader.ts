/** Exact-length reads over an async byte source, the tar reader's only way to consume input. */
export class ByteReader {
  private readonly iterator: AsyncIterator<Uint8Array>;
  private pending: Buffer = Buffer.alloc(0);
  private done = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  private async fill(): Promise<boolean> {
    while (this.pending.length === 0 && !this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else this.pending = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    }
    return this.pending.length > 0;
  }

  /** Up to `max` bytes (at least one), or null at the end of the input. */
  async readSome(max: number): Promise<Buffer | null> {
    if (!(await this.fill())) return null;
    const piece = this.pending.subarray(0, max);
    this.pending = this.pending.subarray(piece.length);
    return piece;
  }

  /** Exactly `n` bytes, or the fewer that remained before the end of the input. */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      const piece = await this.readSome(n - got);
      if (!piece) break;
      parts.push(piece);
      got += piece.length;
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  }
}

import { AttachmentReader, type OpenAttachmentOptions } from './reader';

/**
 * The readers a store has handed out and its callers have not closed yet. Each holds a file
 * key, so a lock must be able to close them all; a reader its caller closes leaves the set.
 */
export class OpenReaders {
  private readonly readers = new Set<AttachmentReader>();

  async open(options: OpenAttachmentOptions): Promise<AttachmentReader> {
    const reader = await AttachmentReader.open(options);
    this.readers.add(reader);
    const close = reader.close.bind(reader);
    reader.close = () => {
      this.readers.delete(reader);
      return close();
    };
    return reader;
  }

  /** At lock: every open reader wipes its file key and closes, whatever it was serving. */
  closeAll(): void {
    for (const reader of [...this.readers]) void reader.close();
  }
}

/* Google-shaped identifiers from a seeded generator, so a saved state and a test run are repeatable. */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export class IdGenerator {
  constructor(private state: number = 0x9e3779b9) {}

  private nextByte(): number {
    let x = this.state | 0;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state & 63;
  }

  /** A Drive-style file ID: 44 URL-safe characters starting with "1". */
  fileId(): string {
    return this.token(44, "1");
  }

  token(length: number, prefix = ""): string {
    let out = prefix;
    while (out.length < length) out += ALPHABET[this.nextByte()];
    return out;
  }

  reseed(state: number): void {
    this.state = state;
  }

  get seed(): number {
    return this.state;
  }
}

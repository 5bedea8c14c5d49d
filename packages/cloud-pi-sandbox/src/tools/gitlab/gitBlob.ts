import { sha1Hex } from '../shared/seeded';

/** Blobs smaller than this are always kept whole. */
const DELTA_THRESHOLD_BYTES = 4096;

/**
 * File content addressed by its real Git blob id. When a large file gets a
 * new version, the old version is kept as a delta against the new one (like
 * a Git pack), so a file rewritten thousands of times stays cheap.
 */
export class GitBlob {
  private data?: Buffer;
  private delta?: {
    base: GitBlob;
    prefix: number;
    suffix: number;
    middle: Buffer;
  };

  constructor(
    readonly id: string,
    content: Buffer,
    readonly size = content.length,
  ) {
    this.data = content;
  }

  /** The full content (rebuilt from deltas for old versions). */
  get content(): Buffer {
    if (this.data) return this.data;
    const chain: GitBlob[] = [this];
    let base = this.delta!.base;
    while (!base.data) {
      chain.push(base);
      base = base.delta!.base;
    }
    let content = base.data;
    for (const link of chain.reverse()) {
      const { prefix, suffix, middle } = link.delta!;
      content = Buffer.concat([
        content.subarray(0, prefix),
        middle,
        content.subarray(content.length - suffix),
      ]);
    }
    return content;
  }

  /** Re-encodes this (older) blob as a delta against a newer version. */
  deltify(newer: GitBlob): void {
    if (!this.data || newer === this || this.size < DELTA_THRESHOLD_BYTES)
      return;
    const older = this.data;
    const target = newer.content;
    const limit = Math.min(older.length, target.length);
    let prefix = 0;
    while (prefix < limit && older[prefix] === target[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < limit - prefix &&
      older[older.length - 1 - suffix] === target[target.length - 1 - suffix]
    ) {
      suffix++;
    }
    const middle = Buffer.from(older.subarray(prefix, older.length - suffix));
    if (middle.length > older.length / 2) return;
    this.delta = { base: newer, prefix, suffix, middle };
    this.data = undefined;
  }
}

/** The Git blob id of some content (`sha1("blob <size>\0" + content)`). */
export function blobOf(content: Buffer): GitBlob {
  const header = Buffer.from(`blob ${content.length}\0`);
  return new GitBlob(sha1Hex(Buffer.concat([header, content])), content);
}

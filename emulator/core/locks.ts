/*
 * The lock table behind LockService: one script lock, one lock per user, one per document.
 * A lock belongs to one execution and is released when that execution ends.
 */

export class LockTable {
  private readonly holders = new Map<string, number>();

  tryAcquire(key: string, execId: number): boolean {
    const holder = this.holders.get(key);
    if (holder !== undefined && holder !== execId) return false;
    this.holders.set(key, execId);
    return true;
  }

  holds(key: string, execId: number): boolean {
    return this.holders.get(key) === execId;
  }

  release(key: string, execId: number): void {
    if (this.holders.get(key) === execId) this.holders.delete(key);
  }

  describe(): string {
    return [...this.holders].map(([key, execId]) => `${key} held by #${execId}`).join(", ");
  }

  releaseAll(execId: number): void {
    for (const [key, holder] of this.holders) if (holder === execId) this.holders.delete(key);
  }
}

/*
 * Each user's Gmail drafts: the RFC 5322 message bytes exactly as the client sent them, with
 * Gmail-shaped IDs. Drafts never send. Saves and loads with the Workspace.
 */
import type { PersistentSlice } from "../core/workspace";

export interface StoredDraft {
  readonly id: string;
  messageId: string;
  threadId: string;
  /** The message as sent, base64-encoded bytes. */
  raw: string;
  /** When the current message was written (Gmail's internalDate), epoch ms. */
  internalDate: number;
}

interface Saved {
  counter: number;
  drafts: Record<string, StoredDraft[]>;
}

export class GmailStore implements PersistentSlice {
  private readonly drafts = new Map<string, StoredDraft[]>();
  private counter = 0;

  users(): string[] {
    return [...this.drafts.keys()].filter((user) => this.drafts.get(user)!.length > 0).sort();
  }

  /** A user's drafts, oldest first, each as the message text that was sent. */
  draftsOf(user: string): readonly { id: string; raw: string }[] {
    return this.list(user).map((draft) => ({
      id: draft.id,
      raw: Buffer.from(draft.raw, "base64").toString("utf8"),
    }));
  }

  list(user: string): StoredDraft[] {
    return this.drafts.get(user.toLowerCase()) ?? [];
  }

  find(user: string, id: string): StoredDraft | undefined {
    return this.list(user).find((draft) => draft.id === id);
  }

  create(user: string, message: Buffer, now: number): StoredDraft {
    const messageId = this.nextMessageId(now);
    const draft: StoredDraft = {
      id: `r${this.nextNumber()}`,
      messageId,
      threadId: messageId,
      raw: message.toString("base64"),
      internalDate: now,
    };
    const key = user.toLowerCase();
    this.drafts.set(key, [...this.list(key), draft]);
    return draft;
  }

  /** Replaces the draft's message; Gmail gives the new message a new ID. */
  update(draft: StoredDraft, message: Buffer, now: number): StoredDraft {
    draft.messageId = this.nextMessageId(now);
    draft.threadId = draft.messageId;
    draft.raw = message.toString("base64");
    draft.internalDate = now;
    return draft;
  }

  delete(user: string, id: string): boolean {
    const drafts = this.list(user);
    const kept = drafts.filter((draft) => draft.id !== id);
    this.drafts.set(user.toLowerCase(), kept);
    return kept.length < drafts.length;
  }

  /** Gmail message IDs are 16 hex digits that grow with time. */
  private nextMessageId(now: number): string {
    this.counter += 1;
    const value = (BigInt(Math.max(0, Math.floor(now))) << 20n) + BigInt(this.counter % 0x100000);
    return value.toString(16).padStart(16, "0").slice(-16);
  }

  /** Gmail draft IDs are "r" followed by a signed 64-bit-looking number. */
  private nextNumber(): string {
    this.counter += 1;
    return `-${(7_000_000_000_000_000_000n + BigInt(this.counter) * 7_919n).toString()}`;
  }

  snapshot(): Saved {
    return {
      counter: this.counter,
      drafts: Object.fromEntries(
        [...this.drafts].map(([user, list]) => [user, list.map((d) => ({ ...d }))]),
      ),
    };
  }

  restore(data: unknown): void {
    const saved = data as Saved;
    this.drafts.clear();
    this.counter = saved.counter;
    for (const [user, list] of Object.entries(saved.drafts)) {
      this.drafts.set(
        user,
        list.map((d) => ({ ...d })),
      );
    }
  }
}

/*
 * Each user's Gmail drafts and sent mail: the RFC 5322 message bytes exactly as the client sent
 * them, with Gmail-shaped IDs. Drafts never send. Saves and loads with the Workspace.
 */
import type { PersistentSlice } from "../core/persistent-slice";

export interface StoredDraft {
  readonly id: string;
  messageId: string;
  threadId: string;
  /** The message as sent, base64-encoded bytes. */
  raw: string;
  /** When the current message was written (Gmail's internalDate), epoch ms. */
  internalDate: number;
}

export interface SentMessage {
  readonly id: string;
  readonly threadId: string;
  /** The message as sent, base64-encoded bytes. */
  readonly raw: string;
  readonly internalDate: number;
}

interface Saved {
  counter: number;
  drafts: Record<string, StoredDraft[]>;
  sent?: Record<string, SentMessage[]>;
}

export class GmailStore implements PersistentSlice {
  private readonly drafts = new Map<string, StoredDraft[]>();
  private readonly sent = new Map<string, SentMessage[]>();
  private counter = 0;

  users(): string[] {
    return [...this.drafts.keys()].filter((user) => this.drafts.get(user)!.length > 0).sort();
  }

  /** A user's sent mail, oldest first, each as the message text that was sent. */
  sentOf(user: string): readonly { id: string; raw: string }[] {
    return (this.sent.get(user.toLowerCase()) ?? []).map((message) => ({
      id: message.id,
      raw: Buffer.from(message.raw, "base64").toString("utf8"),
    }));
  }

  hasThread(user: string, threadId: string): boolean {
    const sent = this.sent.get(user.toLowerCase()) ?? [];
    return [...sent, ...this.list(user)].some((message) => message.threadId === threadId);
  }

  send(user: string, message: Buffer, now: number, threadId?: string): SentMessage {
    const id = this.nextMessageId(now);
    const sent: SentMessage = {
      id,
      threadId: threadId ?? id,
      raw: message.toString("base64"),
      internalDate: now,
    };
    const key = user.toLowerCase();
    this.sent.set(key, [...(this.sent.get(key) ?? []), sent]);
    return sent;
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
      sent: Object.fromEntries([...this.sent].map(([user, list]) => [user, [...list]])),
    };
  }

  restore(data: unknown): void {
    const saved = data as Saved;
    this.drafts.clear();
    this.sent.clear();
    this.counter = saved.counter;
    for (const [user, list] of Object.entries(saved.sent ?? {})) this.sent.set(user, [...list]);
    for (const [user, list] of Object.entries(saved.drafts)) {
      this.drafts.set(
        user,
        list.map((d) => ({ ...d })),
      );
    }
  }
}

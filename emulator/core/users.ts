/* The people of the emulated Workspace: each user has an email, a name and a domain. */
import { GoogleError } from "./errors";

export interface User {
  readonly email: string;
  readonly name: string;
  readonly domain: string;
  /** Whether this account may send mail outside its domain (schools often block students). */
  readonly externalMail: boolean;
}

export function domainOf(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

export class UserDirectory {
  private readonly byEmail = new Map<string, User>();

  add(email: string, name: string, options: { externalMail?: boolean } = {}): User {
    const normalized = email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(normalized)) {
      throw new GoogleError(`Invalid email: ${email}`);
    }
    const user: User = {
      email: normalized,
      name,
      domain: domainOf(normalized),
      externalMail: options.externalMail ?? true,
    };
    this.byEmail.set(normalized, user);
    return user;
  }

  find(email: string): User | undefined {
    return this.byEmail.get(email.trim().toLowerCase());
  }

  require(email: string): User {
    const user = this.find(email);
    if (!user) throw new GoogleError(`No such user in the emulated Workspace: ${email}`);
    return user;
  }

  all(): User[] {
    return [...this.byEmail.values()];
  }

  snapshot(): User[] {
    return this.all();
  }

  restore(users: readonly User[]): void {
    this.byEmail.clear();
    for (const user of users) this.byEmail.set(user.email, user);
  }
}

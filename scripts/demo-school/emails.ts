/*
 * Email addresses from people's names: lowercased and folded to ASCII ("Nguyễn" -> "nguyen",
 * "Ó Súilleabháin" -> "osuilleabhain"), and made unique by a number when a name repeats.
 */

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: "o",
  ł: "l",
  đ: "d",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ð: "d",
  ı: "i",
};

/** A name part as it may appear in the local part of an address: a-z, 0-9 and inner hyphens. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[øłđßæœþðı]/g, (letter) => SPECIAL_LETTERS[letter] ?? "")
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Hands out addresses, never the same one twice. */
export class AddressBook {
  private readonly taken = new Set<string>();

  /** `local@domain`, or `local2@domain`, `local3@domain`... when it is taken. */
  claim(local: string, domain: string): string {
    for (let n = 1; ; n++) {
      const email = `${local}${n === 1 ? "" : n}@${domain}`;
      if (!this.taken.has(email)) {
        this.taken.add(email);
        return email;
      }
    }
  }

  /** `given.family@domain`, folded and unique. */
  personal(given: string, family: string, domain: string, separator = "."): string {
    return this.claim(`${asciiFold(given)}${separator}${asciiFold(family)}`, domain);
  }

  reserve(email: string): void {
    this.taken.add(email.toLowerCase());
  }
}

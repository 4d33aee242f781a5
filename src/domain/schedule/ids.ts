/*
 * Deterministic IDs, so that publishing or booking twice never makes a second slot or a second
 * Calendar event: a slot's ID comes from its host and start, an event's from its slot and student.
 */
import { utf8Bytes } from "../guardian-updates/utf8";
import { isoMs } from "./zoned-time";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BASE32HEX = "0123456789abcdefghijklmnopqrstuv";
const TWO_32 = 0x1_0000_0000;

/** FNV-1a, 64-bit, of the text's UTF-8 bytes, as 16 hex digits (no BigInt: the bundle is ES2019). */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of utf8Bytes(text)) {
    lo = (lo ^ byte) >>> 0;
    const low = lo * 0x1b3;
    const carry = Math.floor(low / TWO_32);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

function bitsOf(hex: string): string {
  return [...hex].map((digit) => parseInt(digit, 16).toString(2).padStart(4, "0")).join("");
}

function base32(bits: string, alphabet: string): string {
  let out = "";
  for (let i = 0; i < bits.length; i += 5) {
    out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, "0"), 2)]!;
  }
  return out;
}

export function slotIdOf(hostEmail: string, startIso: string): string {
  const start = new Date(isoMs(startIso, "Start")).toISOString();
  const hash = fnv1a64(`${hostEmail.trim().toLowerCase()}|${start}`);
  return "S-" + base32(bitsOf(hash), CROCKFORD).slice(0, 10);
}

/**
 * A Calendar client event ID (base32hex: a–v and 0–9, 5 to 1024 characters). It encodes the slot
 * and student themselves, so two different bookings can never share an event.
 */
export function eventIdOf(slotId: string, studentId: string): string {
  const bits = utf8Bytes(`${slotId}\n${studentId}`)
    .map((byte) => byte.toString(2).padStart(8, "0"))
    .join("");
  return ("confer" + base32(bits, BASE32HEX)).slice(0, 1024);
}

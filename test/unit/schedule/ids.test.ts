/* Deterministic slot and Calendar event IDs. */
import { eventIdOf, fnv1a64, slotIdOf } from "../../../src/domain/schedule/ids";
import { DEC1_1PM } from "./school";

describe("fnv1a64", () => {
  it("matches the published FNV-1a 64-bit test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
});

describe("slotIdOf", () => {
  it("is S- and ten Crockford base32 characters, the same for the same host and start", () => {
    const id = slotIdOf("ada@school.test", DEC1_1PM);
    expect(id).toMatch(/^S-[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(slotIdOf(" Ada@School.TEST ", "2026-12-01T18:00:00Z")).toBe(id);
  });

  it("differs by host and by start", () => {
    const id = slotIdOf("ada@school.test", DEC1_1PM);
    expect(slotIdOf("bo@school.test", DEC1_1PM)).not.toBe(id);
    expect(slotIdOf("ada@school.test", "2026-12-01T18:15:00.000Z")).not.toBe(id);
  });
});

describe("eventIdOf", () => {
  it("uses only Calendar's base32hex characters, and is deterministic", () => {
    const id = eventIdOf("S-72K86VPA9A", "S1");
    expect(id).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(eventIdOf("S-72K86VPA9A", "S1")).toBe(id);
  });

  it("differs for every slot and student", () => {
    const ids = new Set([
      eventIdOf("S-72K86VPA9A", "S1"),
      eventIdOf("S-72K86VPA9A", "S2"),
      eventIdOf("S-72K86VPA9B", "S1"),
      eventIdOf("S-72K86VPA9A", "S1 "),
      eventIdOf("S-72K86VPA9A", "Zoë-7"),
    ]);
    expect(ids.size).toBe(5);
  });
});

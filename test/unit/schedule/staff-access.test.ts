/* Who on the staff may publish, see and change which slots, and book for which students. */
import { NotAllowedError, personOf } from "../../../src/domain/roles";
import {
  advisorScopeOf,
  bookableStudents,
  dayHostFor,
  hostFor,
  hostsOf,
  requireAdvisorOf,
  requireHost,
  scheduleStaffOf,
  visibleSlots,
} from "../../../src/domain/schedule/staff-access";
import { ADA, BO, bookedSlot, COORDINATOR, DEC1_1PM, plus, roster, slot } from "./school";

const ada = personOf(ADA, roster, "");
const coordinator = personOf(COORDINATOR, roster, "");
const adas = slot(DEC1_1PM);
const bos = slot(plus(DEC1_1PM, 15), { hostEmail: BO });

describe("scheduleStaffOf", () => {
  it("admits advisors and coordinators, the hub owner among them", () => {
    expect(scheduleStaffOf("ADA@school.test", roster, "").email).toBe(ADA);
    expect([...scheduleStaffOf("owner@school.test", roster, "owner@school.test").roles]).toEqual([
      "coordinator",
    ]);
  });

  it("refuses anyone else, naming them as asked, or someone outside the domain", () => {
    expect(() => scheduleStaffOf("mai@home.test", roster, "")).toThrow(
      new NotAllowedError(
        "Only advisors and coordinators manage conference slots; mai@home.test is neither in Confer's roster.",
      ),
    );
    expect(() => scheduleStaffOf("", roster, "")).toThrow(
      "Only advisors and coordinators manage conference slots; someone outside your school's domain is neither in Confer's roster.",
    );
  });
});

describe("hostFor", () => {
  it("is the caller when nobody, or the caller, is asked for", () => {
    expect(hostFor(ada, undefined, roster)).toBe(ADA);
    expect(hostFor(ada, " ADA@school.test ", roster)).toBe(ADA);
  });

  it("lets a coordinator publish for someone on the Staff tab, and nobody else", () => {
    expect(hostFor(coordinator, "Bo@school.test", roster)).toBe(BO);
    expect(() => hostFor(coordinator, "zed@school.test", roster)).toThrow(
      "zed@school.test is not on the Staff tab, so they cannot host conferences.",
    );
    expect(() => hostFor(ada, BO, roster)).toThrow(
      `Only a coordinator can publish slots for ${BO}.`,
    );
  });
});

describe("changing slots and booking students", () => {
  it("lets a host or a coordinator change a slot, and passes unknown slots to the decision", () => {
    expect(() => requireHost(ada, [adas, bos], adas.id)).not.toThrow();
    expect(() => requireHost(coordinator, [adas, bos], bos.id)).not.toThrow();
    expect(() => requireHost(ada, [adas], "nope")).not.toThrow();
    expect(() => requireHost(ada, [adas, bos], bos.id)).toThrow(
      `Slot ${bos.id} is ${BO}'s; only they or a coordinator can change it.`,
    );
  });

  it("lets an advisor book only their advisees", () => {
    const mia = roster.students.find((s) => s.id === "S3");
    expect(() => requireAdvisorOf(ada, roster.students[0])).not.toThrow();
    expect(() => requireAdvisorOf(coordinator, mia)).not.toThrow();
    expect(() => requireAdvisorOf(ada, undefined)).not.toThrow();
    expect(() => requireAdvisorOf(ada, mia)).toThrow(
      `Only ${BO} or a coordinator can book for this student.`,
    );
  });

  it("moves an advisor's own day, and any host's (or everyone's) for a coordinator", () => {
    expect(dayHostFor(ada, null)).toBe(ADA);
    expect(dayHostFor(ada, ADA)).toBe(ADA);
    expect(dayHostFor(coordinator, null)).toBeNull();
    expect(dayHostFor(coordinator, BO)).toBe(BO);
    expect(() => dayHostFor(ada, BO)).toThrow(`Only a coordinator can move ${BO}'s day.`);
  });
});

describe("what a schedule shows", () => {
  const all = [adas, bos, bookedSlot(plus(DEC1_1PM, 30), "S3", { hostEmail: BO })];

  it("shows an advisor their own slots, and a coordinator everyone's or one host's", () => {
    expect(visibleSlots(ada, all, BO)).toEqual([adas]);
    expect(visibleSlots(coordinator, all, undefined)).toEqual(all);
    expect(visibleSlots(coordinator, all, "BO@school.test")).toEqual(all.slice(1));
  });

  it("offers an advisor their active advisees, and a coordinator every active student", () => {
    expect(bookableStudents(ada, roster).map((s) => s.id)).toEqual(["S1", "S2", "S4"]);
    expect(bookableStudents(coordinator, roster).map((s) => s.id)).toEqual([
      "S1",
      "S2",
      "S3",
      "S4",
      "S6",
    ]);
  });

  it("scopes a not-booked list to the advisor, or to a coordinator's choice", () => {
    expect(advisorScopeOf(ada, BO)).toBe(ADA);
    expect(advisorScopeOf(coordinator, "Bo@school.test")).toBe(BO);
    expect(advisorScopeOf(coordinator, "")).toBeNull();
    expect(advisorScopeOf(coordinator, undefined)).toBeNull();
  });

  it("lists as hosts the staff with slots and every advisor", () => {
    const withCoordinator = [slot(DEC1_1PM, { hostEmail: COORDINATOR })];
    expect(hostsOf(roster, []).map((m) => m.email)).toEqual([ADA, BO]);
    expect(hostsOf(roster, withCoordinator).map((m) => m.email)).toEqual([ADA, BO, COORDINATOR]);
  });
});

/* A round's life: open → closed → archived, no going back, a repeated step a no-op that says so. */
import type { Round } from "../../../src/domain/rounds/model";
import { archiveRound, closeRound } from "../../../src/domain/rounds/transitions";

const open: Round = {
  name: "Fall 2026 student-led",
  kind: "student-led",
  hosts: "advisors",
  preparation: { from: "2026-10-01", to: "2026-10-20" },
  comments: { from: "2026-10-05", to: "2026-10-25" },
  conference: { from: "2026-11-02", to: "2026-11-06" },
  state: "open",
  openedAt: "2026-09-01T12:00:00.000Z",
  closedAt: "",
  archivedAt: "",
  hostEmail: "",
  classIds: [],
};
const AT = "2026-11-10T12:00:00.000Z";

describe("closing and archiving a round", () => {
  it("closes an open round, stamping when", () => {
    const change = closeRound(open, AT);
    expect(change).toEqual({
      round: { ...open, state: "closed", closedAt: AT },
      changed: true,
      message: "“Fall 2026 student-led” is closed.",
    });
  });

  it("closing a closed round changes nothing and says so", () => {
    const closed = closeRound(open, AT).round;
    expect(closeRound(closed, "2026-12-01T00:00:00.000Z")).toEqual({
      round: closed,
      changed: false,
      message: "“Fall 2026 student-led” is already closed; nothing changed.",
    });
  });

  it("archives a closed round, and archiving again is a no-op", () => {
    const archived = archiveRound(closeRound(open, AT).round, AT);
    expect(archived.round.state).toBe("archived");
    expect(archived.round.archivedAt).toBe(AT);
    expect(archiveRound(archived.round, AT)).toMatchObject({ changed: false });
    expect(archiveRound(archived.round, AT).message).toBe(
      "“Fall 2026 student-led” is already archived; nothing changed.",
    );
  });

  it("refuses to archive an open round, and to close an archived one", () => {
    expect(() => archiveRound(open, AT)).toThrow(
      "“Fall 2026 student-led” is still open: close it first, then archive it.",
    );
    const archived = archiveRound(closeRound(open, AT).round, AT).round;
    expect(() => closeRound(archived, AT)).toThrow(
      "“Fall 2026 student-led” is archived, and an archived round cannot be closed or opened again.",
    );
  });
});

/* The errors a client is told by code carry that code; the rest are server errors to the client. */
import { AccessRefusedError } from "../../src/domain/access/doors";
import { BadRequestError } from "../../src/domain/comments/request";
import { ForgedRequestError } from "../../src/domain/comments/save";
import { ConferError } from "../../src/domain/errors";
import { ConferenceEditError } from "../../src/domain/my-conference/edits";
import { NotAllowedError } from "../../src/domain/roles";
import { CsvError } from "../../src/domain/roster/csv";
import {
  BookingRefusedError,
  ScheduleInputError,
  TokenError,
} from "../../src/domain/schedule/errors";
import { WebRequestError } from "../../src/domain/web-request";

describe("Confer's errors", () => {
  it("carry the code the web app answers with", () => {
    const errors: ConferError[] = [
      new AccessRefusedError("wrong-door", "m"),
      new WebRequestError("bad-request", "m"),
      new NotAllowedError("m"),
      new ForgedRequestError("m"),
      new BadRequestError("m"),
      new ScheduleInputError("Start", "x", "m"),
      new BookingRefusedError("slot-taken", "m"),
    ];
    expect(errors.map((error) => error instanceof ConferError && error.code)).toEqual([
      "wrong-door",
      "bad-request",
      "not-allowed",
      "forged",
      "bad-request",
      "bad-request",
      "refused",
    ]);
  });

  it("keep a refused booking's reason beside its code", () => {
    expect(new BookingRefusedError("slot-taken", "m")).toMatchObject({
      code: "refused",
      reason: "slot-taken",
      message: "m",
      name: "BookingRefusedError",
    });
  });

  it("leave the others outside the base, so the client sees a server error", () => {
    const others = [new ConferenceEditError("m"), new CsvError(1, "m"), new TokenError("expired")];
    expect(others.map((error) => error instanceof ConferError)).toEqual([false, false, false]);
  });
});

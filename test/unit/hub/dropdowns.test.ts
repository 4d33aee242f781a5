/* Which dropdown columns Set up hub gives their spec's list again. */
import { staleDropdowns } from "../../../src/domain/hub/dropdowns";
import { ROUNDS_TAB } from "../../../src/domain/hub/tabs";

const at = (header: string) => ROUNDS_TAB.columns.findIndex((c) => c.header === header);
const KIND = at("Kind");
const HOSTS = at("Hosts");
const STATE = at("State");

function listed(overrides: Record<number, readonly string[] | undefined>) {
  return ROUNDS_TAB.columns.map((c, i) => (i in overrides ? overrides[i] : c.choices));
}

describe("staleDropdowns", () => {
  it("finds none when every dropdown lists the spec's choices", () => {
    expect(staleDropdowns(ROUNDS_TAB, listed({}))).toEqual([]);
  });

  it("finds a hub's Kind and Hosts from before classroom rounds", () => {
    const old = listed({ [KIND]: ["student-led", "office-hours"], [HOSTS]: ["advisors"] });
    expect(staleDropdowns(ROUNDS_TAB, old)).toEqual([KIND, HOSTS]);
  });

  it("finds a dropdown removed or reordered by hand, but not one just formatted", () => {
    const changed = listed({ [KIND]: undefined, [STATE]: ["closed", "open", "archived"] });
    expect(staleDropdowns(ROUNDS_TAB, changed)).toEqual([KIND, STATE]);
    expect(staleDropdowns(ROUNDS_TAB, changed, [KIND])).toEqual([STATE]);
  });

  it("never names a column without choices", () => {
    expect(staleDropdowns(ROUNDS_TAB, [])).toEqual([KIND, HOSTS, STATE]);
  });
});

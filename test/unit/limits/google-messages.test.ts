import { explainGoogleError } from "../../../src/domain/limits/google-messages";

describe("explainGoogleError", () => {
  it.each([
    ["Argument too large: value", /nothing more was written\. Please report this/],
    ["You have exceeded the property storage quota.", /stored state is full .*500 KB/],
    [
      "Service invoked too many times for one day: email.",
      /daily quota for email is used up for this account today/,
    ],
    [
      "Service invoked too many times in a short time: exec qps.",
      /Nothing was lost: wait a minute/,
    ],
    [
      "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'",
      /per-minute limit/,
    ],
    ["Exceeded maximum execution time", /6-minute limit .* run it again to carry on/],
    ["Service Spreadsheets failed while accessing document with id X.", /try again in a moment/],
  ])("says what %j means and what to do, keeping Google's words", (message, meaning) => {
    const explained = explainGoogleError(message);
    expect(explained).toMatch(meaning);
    expect(explained.endsWith(`(Google said: “${message}”)`)).toBe(true);
  });

  it("leaves Confer's own messages as they are", () => {
    const own = "Only a coordinator can import the roster.";
    expect(explainGoogleError(own)).toBe(own);
  });
});

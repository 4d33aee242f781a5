/* Composed guardian updates are standard messages: a MIME parser reads back UTF-8 names, subject and both bodies. */
import { simpleParser } from "mailparser";
import {
  composeMessage,
  encodedWord,
  headerLine,
  MAX_LINE,
  textToHtml,
} from "../../../src/domain/guardian-updates/mime";
import { base64Url } from "../../../src/domain/guardian-updates/utf8";

const message = {
  from: { name: "Ana Díaz", email: "ana.diaz@school.test" },
  to: [
    { name: "Nguyễn Thị Mai", email: "mai@gmail.test" },
    { name: 'Seán "Jack" O\'Brien', email: "sean@outlook.test" },
  ],
  subject:
    "Zoë's conference: our plan — ¿listo? 日本語 🎉 with a long tail that needs folding into pieces",
  text: "Goal: read 20 minutes a day.\n\n<script>alert('x')</script> & more",
  html: textToHtml("Goal: read 20 minutes a day.\n\n<script>alert('x')</script> & more"),
};

describe("composeMessage", () => {
  it("parses back with UTF-8 names, subject, plain text and escaped HTML", async () => {
    const mail = await simpleParser(Buffer.from(composeMessage(message, "b-1"), "utf8"));
    expect(mail.subject).toBe(message.subject);
    const to = (mail.to as { value: { name: string; address: string }[] }).value;
    expect(to).toEqual([
      { name: "Nguyễn Thị Mai", address: "mai@gmail.test" },
      { name: 'Seán "Jack" O\'Brien', address: "sean@outlook.test" },
    ]);
    expect(mail.text?.trim()).toBe(message.text);
    expect(mail.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
    expect(mail.html).not.toContain("<script>");
  });

  it("keeps header lines short and ASCII", () => {
    const raw = composeMessage(message, "b-1");
    const headerBlock = raw.split("\r\n\r\n")[0]!;
    for (const line of headerBlock.split("\r\n")) {
      expect(line.length).toBeLessThanOrEqual(78);
      expect(/^[\x20-\x7e\t]*$/.test(line)).toBe(true);
    }
  });

  it("lets no CR or LF a person typed start a header of its own", async () => {
    const raw = composeMessage(
      {
        ...message,
        from: { name: "Ana\r\nBcc: evil@attacker.test", email: "ana.diaz@school.test" },
        subject: "Plan\r\nBcc: evil@attacker.test",
        headers: { "X-Confer-Update": "Fall 2026\r\nBcc: evil@attacker.test/6001/en" },
      },
      "b-2",
    );
    const headers = raw.split("\r\n\r\n")[0]!;
    expect(headers).not.toMatch(/^Bcc:/im);
    const mail = await simpleParser(Buffer.from(raw, "utf8"));
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.get("x-confer-update")).toBe("Fall 2026 Bcc: evil@attacker.test/6001/en");
  });

  it("folds a header longer than 998 characters at its spaces", () => {
    const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(" ");
    const lines = headerLine("X-Long", long).split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= MAX_LINE)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
    expect(lines.join("").replace(/^X-Long: /, "")).toBe(long);
  });

  it("leaves plain ASCII words alone and encodes the rest", () => {
    expect(encodedWord("Plain subject")).toBe("Plain subject");
    expect(encodedWord("Zoë")).toBe("=?UTF-8?B?Wm/Dqw==?=");
  });

  it("encodes the Gmail API's raw field as URL-safe Base64 without padding", () => {
    expect(base64Url("ÿÿ?>")).toBe(Buffer.from("ÿÿ?>", "utf8").toString("base64url"));
  });
});

describe("links and direction in the HTML part", () => {
  const url = `https://school.test/exec?signup=${"x".repeat(300)}`;

  it("makes a web link an <a href> with readable text", () => {
    const html = textToHtml(`Choose a time here: ${url}`);
    expect(html).toBe(
      `<p>Choose a time here: <a href="${url}">your sign-up page (school.test/exec)</a></p>`,
    );
  });

  it("sets lang and dir from the message's language", () => {
    const message = {
      from: { name: "A", email: "a@school.test" },
      to: [{ name: "B", email: "b@gmail.test" }],
      subject: "s",
      text: "t",
      html: "<p>t</p>",
    };
    const htmlPart = (raw: string) => {
      const parts = raw.split("--b");
      return Buffer.from(parts[2]!.split("\r\n\r\n")[1]!.replace(/\r\n/g, ""), "base64").toString();
    };
    expect(htmlPart(composeMessage({ ...message, language: "ar" }, "b"))).toContain(
      '<html lang="ar" dir="rtl">',
    );
    expect(htmlPart(composeMessage({ ...message, language: "zh-cn" }, "b"))).toContain(
      '<html lang="zh-CN" dir="ltr">',
    );
  });
});

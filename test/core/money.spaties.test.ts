// parseGetal: a space (or a non-breaking, narrow or thin space, or an apostrophe) is read as a
// thousands separator only where one belongs, between groups of three digits. Anywhere else the
// text is refused, never read as the digits glued together ("12 34" is not 1234).
import { parseGetal } from "../../src/core/money";

describe("parseGetal: spaties als duizendtal", () => {
  test.each([
    ["1 234,56", "1234.56"],
    ["1 234 567,89", "1234567.89"],
    ["1\u00a0234,56", "1234.56"],
    ["1\u202f234", "1234"],
    ["€ 1 234", "1234"],
    ["- 1 234,5", "-1234.5"],
    ["1'234.50", "1234.5"],
    ["12 345", "12345"],
    ["12,5 %", "0.125"],
    ["5 €", "5"],
  ])("%p → %s", (invoer, verwacht) => {
    const r = parseGetal(invoer);
    expect(r.ok && r.waarde.toString()).toBe(verwacht);
  });

  test.each(["12 34", "1 2", "1 50", "1.234 567", "1 234 56", "1234 567", "1 2345,6", "0,5 5"])(
    "%p wordt geweigerd, niet aan elkaar geplakt gelezen",
    (invoer) => {
      const r = parseGetal(invoer);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reden).toMatch(/geen getal/);
    },
  );
});

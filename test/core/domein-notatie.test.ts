// docs/domein.md and the code agree on how "4,110" is read: the doc's statement in §3, and its
// tariff table in §5 (English notation) against the catalogue.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIENSTEN } from "../../src/core/catalogue";
import { parseGetal, type Notatie } from "../../src/core/money";

const doc = readFileSync(join(__dirname, "../../docs/domein.md"), "utf8");

function lees(tekst: string, notatie: Notatie): string {
  const r = parseGetal(tekst, { notatie });
  return r.ok ? r.waarde.toString() : "geweigerd";
}

describe("docs/domein.md over '4,110'", () => {
  test("§3 zegt wat de code doet", () => {
    expect(doc.replace(/\s+/g, " ")).toContain(
      "**`4,110` is 4.11 in Dutch notation and 4110 in English notation; `4.110` is 4110 in Dutch and 4.11 in English.**",
    );
    expect(lees("4,110", "nl")).toBe("4.11");
    expect(lees("4,110", "en")).toBe("4110");
    expect(lees("4.110", "nl")).toBe("4110");
    expect(lees("4.110", "en")).toBe("4.11");
    expect(lees("4,110", "auto")).toBe("geweigerd");
  });

  test("§5: de tarieven in Engelse notatie zijn de tarieven van de catalogus", () => {
    const sectie = doc.slice(doc.indexOf("## 5."), doc.indexOf("## 6."));
    const rijen = [...sectie.matchAll(/^\| [^|]+ \| `([A-Z_]+)` \| [^|]+ \| ([^|]+) \|$/gm)];
    expect(rijen.map((r) => r[1])).toEqual(DIENSTEN.map((d) => d.code));
    for (const [, code, tarief] of rijen) {
      const d = DIENSTEN.find((x) => x.code === code)!;
      expect([code, lees(tarief.trim(), "en")]).toEqual([code, String(d.tarief2023)]);
    }
  });
});

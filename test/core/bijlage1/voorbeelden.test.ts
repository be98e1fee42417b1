// The committed sample workbooks are exactly what the generator script writes (same bytes), so
// the data documented in src/voorbeelden/bijlage1.ts is the data in assets/bijlage1.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  GEMEENTE_NAMEN,
  KAPOTTE_VOORBEELDEN,
  bouwWerkmap,
  vasteBytes,
  voorbeeldBestandsnaam,
  voorbeeldData,
} from "../../../src/voorbeelden/bijlage1";

const MAP = join(__dirname, "../../../assets/bijlage1");

describe("meegeleverde voorbeelden", () => {
  test.each(GEMEENTE_NAMEN.map((g) => [g]))(
    "%s: bestand = uitvoer van src/voorbeelden/maak-bijlage1.ts",
    async (g) => {
      const verwacht = await vasteBytes(bouwWerkmap(voorbeeldData(g)).wb);
      expect(readFileSync(join(MAP, voorbeeldBestandsnaam(g))).equals(verwacht)).toBe(true);
    },
  );

  test.each(KAPOTTE_VOORBEELDEN.map((k) => [k.bestand, k] as const))(
    "kapot/%s: bestand = uitvoer van het script",
    async (_n, k) => {
      expect(readFileSync(join(MAP, "kapot", k.bestand)).equals(await vasteBytes(k.bouw()))).toBe(true);
    },
  );
});

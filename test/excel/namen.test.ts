// The Koppelen adapter on office-addin-mock: one sync per operation, workbook-scoped names for the
// selection, replacement without regard to case, and names as the reader parses them.
import { parseVerwijzing } from "../../src/core/bijlage1/namen";
import {
  koppelSelectie,
  leesKoppelingen,
  leesWerkboek,
  resetSyncs,
  telSyncs,
  verwijderKoppeling,
} from "../../src/excel";
import { maakMockWerkmap } from "./mockWerkmap";

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: () => true } },
  };
});

beforeEach(() => resetSyncs());

const BLAD = { naam: "Begroting 2023", waarden: [["Dienst"]] };

test("leesKoppelingen: alleen Bijlage1_*-namen, met adres en wat er mis is, in één sync", async () => {
  const w = maakMockWerkmap([BLAD], {
    namen: [
      { name: "Ontplooj_Saldo", formula: "=Eindafrekening!$F$40" },
      { name: "Bijlage1_Diensten", formula: "='Begroting 2023'!$B$8:$B$12" },
      { name: "bijlage1_JAAR", formula: "='Begroting 2023'!$D$4:$D$5" },
      { name: "Bijlage1_Tarieven", formula: "=#REF!" },
      { name: "Bijlage1_Tarief", formula: "='Begroting 2023'!$D$8:$D$12" },
    ],
  });
  const { resultaat, syncs } = await telSyncs(() => leesKoppelingen(w.context));
  expect(syncs).toBe(1);
  expect(resultaat).toEqual([
    {
      naam: "Bijlage1_Diensten",
      rol: "dienst",
      adres: "Begroting 2023!B8:B12",
      formule: "='Begroting 2023'!$B$8:$B$12",
    },
    {
      naam: "bijlage1_JAAR",
      rol: "jaar",
      adres: "Begroting 2023!D4:D5",
      formule: "='Begroting 2023'!$D$4:$D$5",
      probleem: "moet één cel zijn, maar is 2 × 1 cellen",
    },
    expect.objectContaining({ naam: "Bijlage1_Tarieven", rol: "tarief" }),
    expect.objectContaining({ naam: "Bijlage1_Tarief", probleem: "is geen naam die de add-in leest" }),
  ]);
  expect(resultaat[2].adres).toBeUndefined();
  expect(resultaat[2].probleem).toMatch(/#REF!/);
});

test("koppelSelectie: een werkmapnaam voor de selectie, een bestaande (andere hoofdletters) vervangen, één sync", async () => {
  const w = maakMockWerkmap([BLAD], {
    namen: [{ name: "BIJLAGE1_diensten", formula: "='Begroting 2023'!$B$7:$B$12" }],
    selectie: { blad: "Begroting 2023", adres: "B8:B12" },
  });
  const { resultaat, syncs } = await telSyncs(() =>
    koppelSelectie(w.context, "dienst", ["Ontplooj_Saldo", "BIJLAGE1_diensten"]),
  );
  expect(syncs).toBe(1);
  expect(w.handelingen).toEqual([
    { soort: "verwijderNaam", naam: "BIJLAGE1_diensten" },
    { soort: "voegNaamToe", naam: "Bijlage1_Diensten", formule: "='Begroting 2023'!$B$8:$B$12" },
  ]);
  expect(resultaat).toEqual({
    naam: "Bijlage1_Diensten",
    rol: "dienst",
    adres: "Begroting 2023!B8:B12",
    formule: "='Begroting 2023'!$B$8:$B$12",
  });
});

test("koppelSelectie zonder bestaande naam verwijdert niets", async () => {
  const w = maakMockWerkmap([BLAD], { selectie: { blad: "Begroting 2023", adres: "D3" } });
  await koppelSelectie(w.context, "gemeente", []);
  expect(w.handelingen).toEqual([
    { soort: "voegNaamToe", naam: "Bijlage1_Gemeente", formule: "='Begroting 2023'!$D$3" },
  ]);
});

test("verwijderKoppeling: één naam, één sync", async () => {
  const w = maakMockWerkmap([BLAD]);
  const { syncs } = await telSyncs(() => verwijderKoppeling(w.context, "Bijlage1_Jaar"));
  expect(syncs).toBe(1);
  expect(w.handelingen).toEqual([{ soort: "verwijderNaam", naam: "Bijlage1_Jaar" }]);
});

test("leesWerkboek geeft de namen zonder '=', zoals namen.ts ze leest", async () => {
  const w = maakMockWerkmap([BLAD], {
    namen: [{ name: "Bijlage1_Diensten", formula: "='Begroting 2023'!$B$8:$B$12" }],
  });
  const { werkboek } = await leesWerkboek(w.context);
  expect(werkboek.namen).toEqual([{ naam: "Bijlage1_Diensten", verwijzing: "'Begroting 2023'!$B$8:$B$12" }]);
  expect(parseVerwijzing(werkboek.namen![0].verwijzing)).toMatchObject({ ok: true, blad: "Begroting 2023" });
});

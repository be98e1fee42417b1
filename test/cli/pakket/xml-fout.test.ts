// A part that is no valid XML: a Dutch refusal with where it stopped and what to do, never the
// parser's English reason, and nothing on the console (xmldom logs unless given a handler).
import { leesXml, PakketFout } from "../../../src/cli/pakket/xml";
import { leesXlsx } from "../../../src/cli/xlsx-grid";
import { leesSepa } from "../../../src/core/payroll/sepa/lees";
import { pakket } from "../pakket";

/** Every console call during f, so a test can say there was none. */
async function metConsole<T>(f: () => Promise<T> | T): Promise<{ uit: T | unknown; console: unknown[][] }> {
  const gezien: unknown[][] = [];
  const spionnen = (["log", "warn", "error", "info"] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation((...a: unknown[]) => void gezien.push(a)),
  );
  try {
    let uit: T | unknown;
    try {
      uit = await f();
    } catch (e) {
      uit = e;
    }
    return { uit, console: gezien };
  } finally {
    for (const s of spionnen) s.mockRestore();
  }
}

const ENGELS = /tag|mismatch|unclosed|unexpected|element|attribute|expected/i;

describe("ongeldige XML in een onderdeel van het werkboek", () => {
  test("leesXml weigert in het Nederlands met regel en teken, zonder iets op de console", async () => {
    const { uit, console: c } = await metConsole(() =>
      leesXml('<a>\n  <b naam="Jan Jansen 123456782">x</c>\n</a>', "xl/workbook.xml"),
    );
    expect(uit).toBeInstanceOf(PakketFout);
    const tekst = (uit as Error).message;
    expect(tekst).toMatch(
      /^het onderdeel xl\/workbook\.xml van het werkboek is geen geldige XML \(fout bij regel 2, teken \d+\); open het werkboek/,
    );
    expect(tekst).not.toMatch(ENGELS);
    expect(tekst).not.toContain("Jan Jansen");
    expect(c).toEqual([]);
  });

  test("een herstelbare fout van xmldom (dubbel attribuut) stopt ook: zo'n onderdeel wordt niet teruggeschreven", async () => {
    const { uit, console: c } = await metConsole(() => leesXml('<a b="1" b="2"/>', "xl/styles.xml"));
    expect(uit).toBeInstanceOf(PakketFout);
    expect(c).toEqual([]);
    const { uit: goed } = await metConsole(() => leesXml('<?xml version="1.0"?><a b="1"/>', "xl/styles.xml"));
    expect((goed as { documentElement: { tagName: string } }).documentElement.tagName).toBe("a");
  });

  test("de bladlezer (saxes) noemt het blad, regel en teken, en niet de Engelse reden", async () => {
    const bytes = await pakket([{ naam: "K", rijen: "<row><c><v>1</c></row>" }]);
    const { uit } = await metConsole(() => leesXlsx(bytes));
    const tekst = (uit as Error).message;
    expect(tekst).toMatch(
      /xl\/worksheets\/sheet1\.xml bevat geen geldige XML \(fout bij regel \d+, teken \d+\); open het werkboek in Excel of LibreOffice/,
    );
    expect(tekst).not.toMatch(ENGELS);
  });

  test("een afgekapt bankbestand: Nederlands, met regel en teken", async () => {
    const xml =
      '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn><GrpHdr>';
    const { uit, console: c } = await metConsole(() => leesSepa(xml));
    expect(uit).toMatchObject({ ok: false });
    const tekst = (uit as { reden: string }).reden;
    expect(c).toEqual([]);
    expect(tekst).toMatch(/geen geldige XML \(fout bij regel \d+, teken \d+\); vraag de bank/);
    expect(tekst).not.toMatch(ENGELS);
  });
});

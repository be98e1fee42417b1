// Section Uitleg's parts without Office: the Dutch notation of a tree's values, the tree as text
// for an e-mail, the accessible tree's markup, and copying with and without the Clipboard API.
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { UitlegKnoop } from "../../src/core/uitleg/model";
import { UitlegBoom } from "../../src/taskpane/components/UitlegBoom";
import { kopieerTekst } from "../../src/taskpane/klembord";
import { regelTekst, toonWaarde, uitlegAlsTekst } from "../../src/taskpane/uitlegTekst";

const invoer = (label: string, waarde: string, cel: string, ruw: string | number): UitlegKnoop => ({
  label,
  waarde,
  soort: "bedrag",
  bewerking: { soort: "invoer" },
  omschrijving: "",
  kinderen: [],
  bron: { blad: "Bijlage 1", cel, ruw },
});

/** A small tree as the core builds them: saldo = nacalculatie − voorschotten, one line rounded. */
const BOOM: UitlegKnoop = {
  label: "Saldo Wierden 2023",
  waarde: "1234.56",
  soort: "bedrag",
  bewerking: { soort: "verschil" },
  omschrijving: "nacalculatie min betaalde voorschotten",
  kinderen: [
    {
      label: "Nacalculatie Wierden 2023",
      waarde: "11234.56",
      soort: "bedrag",
      bewerking: { soort: "som" },
      omschrijving: "som van 1 regel",
      kinderen: [
        {
          label: "Begeleiding",
          waarde: "11234.56",
          soort: "bedrag",
          bewerking: { soort: "afronding", decimalen: 2 },
          omschrijving: "tarief × aantal, afgerond op centen",
          kinderen: [
            {
              label: "tarief × aantal",
              waarde: "11234.5575",
              soort: "bedrag",
              bewerking: { soort: "product" },
              omschrijving: "",
              kinderen: [
                invoer("Gerealiseerd tarief", "7150.0375", "E12", "7150,0375"),
                {
                  label: "Aantal",
                  waarde: "1.5712",
                  soort: "getal",
                  bewerking: { soort: "invoer" },
                  omschrijving: "",
                  kinderen: [],
                  bron: { blad: "Bijlage 1", cel: "F12", ruw: 1.5712 },
                },
              ],
            },
          ],
        },
      ],
    },
    invoer("Voorschotten betaald", "10000", "C30", "€ 10.000,-"),
  ],
};

const tekstVan = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("uitleg-tekst", () => {
  it("writes values the Dutch way without rounding away what the core computed", () => {
    expect(toonWaarde({ waarde: "1234.56", soort: "bedrag" })).toBe("€ 1.234,56");
    expect(toonWaarde({ waarde: "-10000", soort: "bedrag" })).toBe("€ -10.000,00");
    // A realised tariff keeps its decimals: an amount is shown exactly, never rounded for display.
    expect(toonWaarde({ waarde: "7150.0375", soort: "bedrag" })).toBe("€ 7.150,0375");
    expect(toonWaarde({ waarde: "1.5712", soort: "getal" })).toBe("1,5712");
    expect(toonWaarde({ waarde: "12000", soort: "getal" })).toBe("12.000");
    expect(toonWaarde({ waarde: "0.02", soort: "percentage" })).toBe("2%");
    expect(toonWaarde({ waarde: "0.025", soort: "percentage" })).toBe("2,5%");
    expect(toonWaarde({ waarde: "2024-04-30", soort: "datum" })).toBe("30-04-2024");
    expect(toonWaarde({ waarde: "Wierden betaalt bij", soort: "tekst" })).toBe("Wierden betaalt bij");
  });

  it("renders the whole tree as indented text with where each input was typed", () => {
    const tekst = uitlegAlsTekst("Uitleg bij Eindafrekening!C40 (Ontplooj_Saldo)", BOOM);
    expect(tekst.split("\n")).toEqual([
      "Uitleg bij Eindafrekening!C40 (Ontplooj_Saldo)",
      "Saldo Wierden 2023: € 1.234,56 (nacalculatie min betaalde voorschotten)",
      "  Nacalculatie Wierden 2023: € 11.234,56 (som van 1 regel)",
      "    Begeleiding: € 11.234,56 (tarief × aantal, afgerond op centen)",
      "      tarief × aantal: € 11.234,5575",
      '        Gerealiseerd tarief: € 7.150,0375 (Bijlage 1!E12, ingevoerd als "7150,0375")',
      "        Aantal: 1,5712 (Bijlage 1!F12, ingevoerd als 1,5712)",
      '  Voorschotten betaald: € 10.000,00 (Bijlage 1!C30, ingevoerd als "€ 10.000,-")',
      "",
    ]);
    expect(regelTekst({ ...BOOM.kinderen[1], bron: { blad: "B", cel: "A1", ruw: null } })).toBe(
      "Voorschotten betaald: € 10.000,00 (B!A1, ingevoerd als leeg)",
    );
  });
});

describe("uitleg-boom", () => {
  const render = (stand?: "standaard" | "open" | "dicht") =>
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <UitlegBoom
          boom={BOOM}
          label="Uitleg bij Eindafrekening!C40"
          onKiesBron={() => undefined}
          beginStand={stand}
        />
      </FluentProvider>,
    );

  it("is an ARIA tree with one tab stop, levels and open state, the first two levels open", () => {
    const html = render();
    expect(html).toMatch(/<ul role="tree" aria-label="Uitleg bij Eindafrekening!C40"/);
    const items = html.match(/<li [^>]*role="treeitem"[^>]*>/g) ?? [];
    // Root, its two children, and the one line under the open Nacalculatie; deeper stays closed.
    expect(items).toHaveLength(4);
    expect(items.filter((i) => i.includes('tabindex="0"'))).toHaveLength(1);
    expect(items[0]).toContain('aria-level="1"');
    expect(items[0]).toContain('aria-expanded="true"');
    expect(items[2]).toContain('aria-level="3"');
    expect(items[2]).toContain('aria-expanded="false"');
    // The leaf has no expanded state.
    expect(items[3]).not.toContain("aria-expanded");
    expect(html.match(/role="group"/g)).toHaveLength(2);
    const tekst = tekstVan(html);
    expect(tekst).toContain("Saldo Wierden 2023 € 1.234,56");
    expect(tekst).toContain(
      "Voorschotten betaald € 10.000,00 Bijlage 1!C30 , ingevoerd als &quot;€ 10.000,-&quot;",
    );
    expect(tekst).not.toContain("Gerealiseerd tarief");
  });

  it("opens every level, or only the root, on request, and makes each input a link to its cell", () => {
    const open = render("open");
    expect(open.match(/role="treeitem"/g)).toHaveLength(7);
    expect(open).toContain('title="Selecteer Bijlage 1!E12 in Excel"');
    expect(open).toContain('title="Selecteer Bijlage 1!F12 in Excel"');
    // The links are no tab stops of their own: the tree item is, and Enter on it does the same.
    expect(open.match(/<button[^>]*tabindex="-1"/g)).toHaveLength(3);
    const dicht = render("dicht");
    expect(dicht.match(/role="treeitem"/g)).toHaveLength(1);
    expect(dicht).toContain('aria-expanded="false"');
  });
});

describe("klembord", () => {
  /** A document with just what the fallback uses, recording the copy command. */
  function nepDocument(kopieerLukt: boolean) {
    const gekopieerd: string[] = [];
    let veld: { value: string } | null = null;
    const doc = {
      activeElement: null,
      body: { appendChild: (v: { value: string }) => (veld = v) },
      createElement: () => ({
        value: "",
        style: {},
        setAttribute: () => undefined,
        select: () => undefined,
        remove: () => undefined,
      }),
      execCommand: (opdracht: string) => {
        if (opdracht === "copy" && kopieerLukt && veld) gekopieerd.push(veld.value);
        return kopieerLukt;
      },
    };
    return { doc: doc as unknown as Document, gekopieerd };
  }

  it("uses the Clipboard API where the frame allows it", async () => {
    const geschreven: string[] = [];
    const { doc, gekopieerd } = nepDocument(true);
    await expect(
      kopieerTekst("uitleg", doc, { writeText: async (t) => void geschreven.push(t) }),
    ).resolves.toBe(true);
    expect(geschreven).toEqual(["uitleg"]);
    expect(gekopieerd).toEqual([]);
  });

  it("falls back to the copy command when the Clipboard API is refused or absent", async () => {
    const { doc, gekopieerd } = nepDocument(true);
    const geweigerd = { writeText: () => Promise.reject(new Error("NotAllowedError")) };
    await expect(kopieerTekst("uitleg", doc, geweigerd)).resolves.toBe(true);
    await expect(kopieerTekst("ook", doc, undefined)).resolves.toBe(true);
    expect(gekopieerd).toEqual(["uitleg", "ook"]);
  });

  it("says so when neither works, so the panel shows the text to copy by hand", async () => {
    const { doc } = nepDocument(false);
    await expect(kopieerTekst("uitleg", doc, undefined)).resolves.toBe(false);
  });
});

// Section Uitleg's parts without Office: the accessible tree's markup (values in Dutch notation,
// inputs linked to their cells), and copying with and without the Clipboard API.
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { UitlegKnoop } from "../../src/core/uitleg/model";
import { UitlegBoom } from "../../src/taskpane/components/UitlegBoom";
import { kopieerTekst } from "../../src/taskpane/klembord";

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

  it("is een ARIA-boom met één tabstop, niveaus en open-status, de eerste twee niveaus open", () => {
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
    // Flat items: a parent's name is its own line, not its descendants' text as well.
    expect(html).not.toContain('role="group"');
    expect(items[2]).toContain('aria-posinset="1"');
    expect(items[2]).toContain('aria-setsize="1"');
    const tekst = tekstVan(html);
    expect(tekst).toContain("Saldo Wierden 2023 € 1.234,56");
    expect(tekst).toContain(
      "Voorschotten betaald € 10.000,00 &#x27;Bijlage 1&#x27;!C30 , ingevuld: &quot;€ 10.000,-&quot;",
    );
    expect(tekst).not.toContain("Gerealiseerd tarief");
  });

  it("opent op verzoek elk niveau, of alleen de wortel, en maakt van elke invoer een link naar haar cel", () => {
    const open = render("open");
    expect(open.match(/role="treeitem"/g)).toHaveLength(7);
    expect(open).toContain('title="Selecteer &#x27;Bijlage 1&#x27;!E12 in Excel"');
    expect(open).toContain('title="Selecteer &#x27;Bijlage 1&#x27;!F12 in Excel"');
    // An exact realised tariff keeps its decimals; a count its own.
    expect(tekstVan(open)).toContain("Gerealiseerd tarief € 7.150,0375");
    expect(tekstVan(open)).toContain("Aantal 1,5712");
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

  it("gebruikt de Clipboard API waar het frame dat toestaat", async () => {
    const geschreven: string[] = [];
    const { doc, gekopieerd } = nepDocument(true);
    await expect(
      kopieerTekst("uitleg", doc, { writeText: async (t) => void geschreven.push(t) }),
    ).resolves.toBe(true);
    expect(geschreven).toEqual(["uitleg"]);
    expect(gekopieerd).toEqual([]);
  });

  it("valt terug op het kopieercommando als de Clipboard API geweigerd wordt of ontbreekt", async () => {
    const { doc, gekopieerd } = nepDocument(true);
    const geweigerd = { writeText: () => Promise.reject(new Error("NotAllowedError")) };
    await expect(kopieerTekst("uitleg", doc, geweigerd)).resolves.toBe(true);
    await expect(kopieerTekst("ook", doc, undefined)).resolves.toBe(true);
    expect(gekopieerd).toEqual(["uitleg", "ook"]);
  });

  it("zegt het als geen van beide werkt, zodat het paneel de tekst toont om met de hand te kopiëren", async () => {
    const { doc } = nepDocument(false);
    await expect(kopieerTekst("uitleg", doc, undefined)).resolves.toBe(false);
  });
});

// The panel's budget-versus-realisation chart: an SVG with role img and a Dutch description of every
// amount, bars from a shared zero (revenue services to the left), and the note when Excel skipped
// the sheet's charts. The table alternative is switched on in the browser test.
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AfrekeningSamenvatting } from "../../src/core/bijlage1";
import { balken, GrafiekDiensten } from "../../src/taskpane/components/GrafiekDiensten";

const regel = (code: string, dienst: string, begroot: string | null, gerealiseerd: string | null) => ({
  code,
  dienst,
  eenheid: "",
  tariefBegroot: null,
  aantalBegroot: null,
  bedragBegroot: begroot,
  tariefGerealiseerd: null,
  aantalGerealiseerd: null,
  bedragGerealiseerd: gerealiseerd,
  verschil: "0",
});

const A = {
  gemeente: "Wierden",
  jaar: 2023,
  regels: [
    regel("VERLONING", "Uitvoeren verloning", "193884.00", "199520.00"),
    regel("OPBR_BESCHUT", "Opbrengst beschut werk", "-760473.30", "-757661.56"),
    regel("WERKGEVERSTAKEN", "Werkgeverstaken", "1000000.00", null),
  ],
} as unknown as AfrekeningSamenvatting;

describe("grafiek begroot en gerealiseerd in het taakvenster", () => {
  it("tekent de staven van elke dienst vanaf één nullijn, negatieve naar links, lengtes in verhouding", () => {
    const { nul, rijen } = balken(A);
    const [verloning, opbrengst, werkgever] = rijen;
    // Zero lies where −760,473.30 … 1,000,000 puts it on a 300-wide axis.
    expect(nul).toBeCloseTo((760473.3 / 1760473.3) * 300, 6);
    expect(verloning.begroot.x).toBeCloseTo(nul, 6);
    expect(opbrengst.begroot.x + opbrengst.begroot.breedte).toBeCloseTo(nul, 6);
    expect(opbrengst.begroot.x).toBeCloseTo(0, 6);
    expect(werkgever.begroot.breedte / verloning.begroot.breedte).toBeCloseTo(1000000 / 193884, 6);
    expect(werkgever.gerealiseerd).toEqual({ x: nul, breedte: 0, tekst: "—" });
  });

  it("is een afbeelding met een Nederlandse beschrijving van elk bedrag, en zegt wanneer Excel zijn grafieken oversloeg", () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <GrafiekDiensten a={A} overgeslagen="De grafieken zijn overgeslagen." />
      </FluentProvider>,
    );
    expect(html).toContain('role="img"');
    const label = /aria-label="([^"]+)"/.exec(html.slice(html.indexOf("<svg")))![1];
    expect(label).toContain("Uitvoeren verloning: begroot € 193.884,00, gerealiseerd € 199.520,00");
    expect(label).toContain("Opbrengst beschut werk: begroot € -760.473,30");
    expect(html.match(/<rect /g)).toHaveLength(2 + 2 * 3);
    expect(html).toContain("Toon als tabel");
    expect(html).toContain('aria-pressed="false"');
    expect(html).toContain("De grafieken zijn overgeslagen.");
  });

  it("toont niets voor een afrekening zonder diensten", () => {
    const leeg = { ...A, regels: [] } as AfrekeningSamenvatting;
    expect(renderToStaticMarkup(<GrafiekDiensten a={leeg} />)).toBe("");
  });
});

// The panel's components rendered with a fake service (no Office): what they show for given data.
// Server-side rendering in Node is enough for markup, names and notation; interaction is covered by
// the browser test (test/e2e).
import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Bevinding } from "../../src/core/findings";
import { App } from "../../src/taskpane/App";
import { BevindingenLijst } from "../../src/taskpane/components/BevindingenLijst";
import { Foutgrens } from "../../src/taskpane/components/Foutgrens";
import { DienstFout, foutTekst, type TaakvensterDienst } from "../../src/taskpane/dienst";
import { bedrag, datumNl, getal } from "../../src/taskpane/tekst";
import { fluentThema, isDonker, laadThema } from "../../src/taskpane/thema";

const nooit = () => Promise.reject(new Error("niet gebruikt"));
const nepDienst: TaakvensterDienst = {
  controleer: nooit,
  toonCel: nooit,
  schrijfRapport: nooit,
  vulEindafrekening: nooit,
  kanOngedaanMaken: () => Promise.resolve(false),
  maakOngedaan: nooit,
  bladen: () => Promise.resolve([]),
  controleerLoonbatch: nooit,
  koppelingen: () => Promise.resolve([]),
  koppel: nooit,
  ontkoppel: nooit,
  uitlegBijSelectie: nooit,
  volgSelectie: () => Promise.resolve(null),
  selecteer: nooit,
};

const tekstVan = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

const BEVINDINGEN: Bevinding[] = [
  { ernst: "fout", code: "TARIEF_TEKEN", bericht: "Het tarief is positief.", blad: "Bijlage 1", cel: "C13" },
  { ernst: "fout", code: "BLAD_ONTBREEKT", bericht: "Geen blad Voorschotten.", blad: "Voorschotten" },
  { ernst: "info", code: "TARIEF_AFWIJKING", bericht: "Wijkt af.", blad: "Bijlage 1", cel: "C10" },
];

describe("taakvenster-componenten", () => {
  it("toont de zeven secties als tabs met de eerste zichtbaar", () => {
    const html = renderToStaticMarkup(
      <App laadDienst={() => Promise.resolve(nepDienst)} thema={webLightTheme} />,
    );
    expect(html).toContain("Ontplooj afrekening");
    for (const naam of [
      "Controleren",
      "Koppelen",
      "Afrekenen",
      "Uitleg",
      "Loonbatch",
      "Nieuw jaar",
      "Ontplooj-breed",
    ])
      expect(html).toMatch(new RegExp(`role="tab"[^>]*>.*?${naam}`));
    expect(html.match(/role="tabpanel"/g)).toHaveLength(7);
    expect(html.match(/role="tabpanel"[^>]*hidden=""/g)).toHaveLength(6);
    // The first render is the frame alone: the sections mount after the first paint.
    expect(html.match(/role="status"[^>]*>Laden…/g)).toHaveLength(7);
  });

  it("groepeert bevindingen naar ernst met aantallen, en maakt alleen bevindingen met een cel klikbaar", () => {
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <BevindingenLijst bevindingen={BEVINDINGEN} onKies={() => undefined} titel="Bevindingen" />
      </FluentProvider>,
    );
    const tekst = tekstVan(html);
    expect(tekst).toContain("Alle (3)");
    expect(tekst).toContain("Fouten (2)");
    expect(tekst).toContain("Waarschuwingen (0)");
    expect(html).toContain('aria-label="Ga naar Bijlage 1!C13: Het tarief is positief."');
    expect(html).toContain('aria-label="Ga naar Bijlage 1!C10: Wijkt af."');
    expect(html).not.toContain("Ga naar Voorschotten");
    expect(html.indexOf("TARIEF_TEKEN")).toBeLessThan(html.indexOf("TARIEF_AFWIJKING"));
  });

  it("zegt het als er niets te melden is", () => {
    const html = renderToStaticMarkup(
      <BevindingenLijst bevindingen={[]} onKies={() => undefined} titel="x" />,
    );
    expect(tekstVan(html)).toContain("Geen bevindingen");
  });

  it("toont een Nederlandse melding, geen leeg paneel, als een sectie niet kan renderen", () => {
    // Server rendering does not run error boundaries; render the boundary in its error state.
    expect(Foutgrens.getDerivedStateFromError()).toEqual({ fout: true });
    const grens = new Foutgrens({ children: <p>inhoud</p> });
    expect(renderToStaticMarkup(<>{grens.render()}</>)).toBe("<p>inhoud</p>");
    grens.state = Foutgrens.getDerivedStateFromError();
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>{grens.render()}</FluentProvider>,
    );
    expect(html).toContain('role="alert"');
    expect(tekstVan(html)).toContain("Het taakvenster liep vast");
    expect(html).toMatch(/<button type="button"[^>]*>Opnieuw proberen<\/button>/);
  });
});

describe("taakvenster-tekst", () => {
  it("schrijft bedragen, getallen en datums op de Nederlandse manier", () => {
    expect(bedrag("-7863.29")).toBe("€ -7.863,29");
    expect(bedrag(null)).toBe("—");
    expect(getal("1234.5")).toBe("1.234,5");
    expect(getal("-12")).toBe("-12");
    expect(datumNl("2024-04-30")).toBe("30-04-2024");
  });

  it("toont fouten van de dienst zoals ze zijn en verbergt andere fouten achter een Nederlandse zin", () => {
    expect(foutTekst(new DienstFout("Het blad bestaat niet."))).toBe("Het blad bestaat niet.");
    expect(foutTekst(new Error("TypeError: x is undefined"))).toMatch(/^Er ging iets onverwachts mis/);
  });

  it("volgt het thema van Office: een donkere achtergrond geeft het donkere thema met de kleuren van Office", async () => {
    expect(fluentThema(undefined)).toBe(webLightTheme);
    await expect(laadThema(undefined)).resolves.toBe(webLightTheme);
    await expect(laadThema({ bodyBackgroundColor: "zwart" })).resolves.toBe(webLightTheme);
    const office = { bodyBackgroundColor: "#1F1F1F", bodyForegroundColor: "#FFFFFF" };
    expect(isDonker(office)).toBe(true);
    const donker = await laadThema(office);
    expect(donker.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(donker.colorNeutralBackground1).toBe("#1F1F1F");
    expect(donker.colorNeutralForeground1).toBe("#FFFFFF");
    expect(isDonker({ bodyBackgroundColor: "FFFFFF" })).toBe(false);
    const licht = await laadThema({ bodyBackgroundColor: "FFFFFF" });
    expect(licht.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(licht.colorNeutralBackground1).toBe("#FFFFFF");
  });
});

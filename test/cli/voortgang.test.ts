// The progress line on stderr: only at a terminal, never with --json, only for work past a second,
// cleared before the command's own output.
import {
  TOON_NA_MS,
  Voortgang,
  voortgang,
  zetVoortgang,
  type VoortgangStroom,
} from "../../src/cli/voortgang";

function stroom(isTTY: boolean): VoortgangStroom & { tekst: string } {
  const s = {
    isTTY,
    tekst: "",
    write(t: string) {
      s.tekst += t;
      return true;
    },
  };
  return s;
}

describe("Voortgang", () => {
  test("zwijgt tot de run een seconde loopt, toont dan stap en percentage en wist de regel bij klaar", () => {
    const s = stroom(true);
    let nu = 200;
    const v = new Voortgang(s, () => nu);
    v.stap("Lezen van groot.xlsx");
    v.deel(10, 100);
    expect(s.tekst).toBe("");
    nu = TOON_NA_MS + 1;
    v.deel(40, 100);
    expect(s.tekst).toBe("\r\x1b[KLezen van groot.xlsx …: 40 %");
    nu += 10;
    v.deel(50, 100); // within 100 ms: not redrawn
    expect(s.tekst).toBe("\r\x1b[KLezen van groot.xlsx …: 40 %");
    nu += 200;
    v.deel(100, 100); // never 100 % before the step is done
    expect(s.tekst.endsWith("\r\x1b[KLezen van groot.xlsx …: 99 %")).toBe(true);
    v.klaar();
    expect(s.tekst.endsWith("\r\x1b[K")).toBe(true);
    const lengte = s.tekst.length;
    v.deel(1, 2); // no step any more: nothing
    expect(s.tekst.length).toBe(lengte);
  });

  test("een stap die de aanroeper lang noemt, staat er meteen", () => {
    const s = stroom(true);
    const v = new Voortgang(s, () => 5);
    v.stap("Controleren van 100.000 rijen", true);
    expect(s.tekst).toBe("\r\x1b[KControleren van 100.000 rijen …");
  });

  test("wis maakt ruimte voor een melding en de stap komt bij de volgende meting terug", () => {
    const s = stroom(true);
    let nu = 2000;
    const v = new Voortgang(s, () => nu);
    v.stap("Lezen van a.xlsx");
    v.wis();
    expect(s.tekst).toBe("\r\x1b[KLezen van a.xlsx …\r\x1b[K");
    nu += 1;
    v.deel(1, 4);
    expect(s.tekst.endsWith("\r\x1b[KLezen van a.xlsx …: 25 %")).toBe(true);
  });

  test("klaar zonder getoonde regel schrijft niets", () => {
    const s = stroom(true);
    const v = new Voortgang(s, () => 0);
    v.stap("Lezen van klein.xlsx");
    v.klaar();
    expect(s.tekst).toBe("");
  });

  test.each([
    ["stderr is geen terminal", false, []],
    ["--json", true, ["a.csv", "--json"]],
  ])("zwijgt als %s", (_naam, isTTY, argv) => {
    const s = stroom(isTTY as boolean);
    zetVoortgang(argv as string[], s);
    voortgang().stap("Controleren van 100.000 rijen", true);
    voortgang().klaar();
    expect(s.tekst).toBe("");
  });

  test("spreekt aan een terminal zonder --json", () => {
    const s = stroom(true);
    zetVoortgang(["a.csv"], s);
    voortgang().stap("Controleren van 100.000 rijen", true);
    voortgang().klaar();
    expect(s.tekst).toBe("\r\x1b[KControleren van 100.000 rijen …\r\x1b[K");
    zetVoortgang([], stroom(false));
  });
});

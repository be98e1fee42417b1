// Guard: every test name is Dutch, the language of the project (issue 14 §5). Scans every test
// file under test/, so a new file is covered automatically. A name counts as English when English
// function words outnumber Dutch ones, outside quotes, code spans and identifiers.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const TESTS = __dirname;

function testbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = join(map, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : testbestanden(pad);
    return /\.test\.tsx?$/.test(e.name) ? [pad] : [];
  });
}

/**
 * Words that mark an English sentence and are no Dutch word ("is", "in", "of", "over", "per" are
 * both, so they count for neither), plus the verbs and nouns English test names here used most.
 */
const ENGELS = new Set(
  (
    "the a an are was were be been with when without every each from gives give says say and " +
    "to on for by at as not no nor or than that this these those into onto its it their there " +
    "which who what where while after before but if then only also still same other another one " +
    "two both any all has have had does do did can cannot must should will would " +
    "returns return shows show reads read writes write refuses refused rejects accepts keeps " +
    "makes uses takes finds counts checks handles passes catches masks names becomes stays " +
    "works fails treats follows removes adds puts sees knows lists says opens falls " +
    "errors error numbers number cells cell sheet sheets workbook workbooks amount amounts " +
    "empty rows row column columns value values text whole masking helpers report range ranges " +
    "sum total totals file files message messages"
  ).split(" "),
);

/** Dutch function words and the verbs the Dutch test names here use most. */
const NEDERLANDS = new Set(
  (
    "de het een en met zonder wanneer als elk elke ieder uit naar op voor niet geen dan dat die " +
    "dit deze bij tot ook alle alleen nog wat waar hun haar zijn er om te aan door onder tegen " +
    "na vóór ervan erin eronder wel maar want omdat zoals hoe wie welke noch beide één twee " +
    "wordt worden werd blijft blijven geeft geven zegt leest lezen schrijft toont weigert " +
    "weigeren houdt neemt maakt telt tellen vindt noemt noemen kent krijgt staat staan ziet " +
    "heeft hebben kan kunnen moet mag gaat komt laat vult vullen rekent rondt klopt"
  ).split(" "),
);

/** The title without quoted text, code spans, placeholders and identifiers: only prose is left. */
export function proza(titel: string): string[] {
  const zonder = titel
    .replace(/`[^`]*`/g, " ")
    .replace(/"[^"]*"/g, " ")
    .replace(/[“„][^”]*”/g, " ")
    // 'quoted' but not the apostrophe of euro's, Excel's, zo'n
    .replace(/(^|[\s([{:;,])'[^']*'(?=$|[\s)\]}.,;:!?…])/g, "$1 ")
    .replace(/\$\{[^}]*\}/g, " ")
    .replace(/%[a-z#%]/g, " ")
    .replace(/\$[A-Za-z_]\w*/g, " ");
  return zonder
    .split(/[\s,;:()[\]{}=+<>|…·–—/\\]+/)
    .flatMap((stuk) => {
      // a file name, code name or flag: functie(), src/x.ts, --json, A1, NETTO_KLOPT_NIET, leesGetalCel
      if (/[._\d#@$%&*]|^--?\w/.test(stuk.replace(/[.!?]+$/, ""))) return [];
      if (/[a-zà-ÿ][A-Z]/.test(stuk) || /^[A-Z]+s?$/.test(stuk)) return [];
      return stuk.split(/[-']/).filter((w) => /^[a-zà-ÿ]+$/i.test(w));
    })
    .map((w) => w.toLowerCase());
}

export interface Taaltelling {
  engels: string[];
  nederlands: number;
}

export function telTaal(titel: string): Taaltelling {
  const woorden = proza(titel);
  return {
    engels: woorden.filter((w) => ENGELS.has(w)),
    nederlands: woorden.filter((w) => NEDERLANDS.has(w)).length,
  };
}

/** English when it has English words and Dutch ones are not the clear majority. */
export function isEngels(titel: string): boolean {
  const { engels, nederlands } = telTaal(titel);
  return engels.length > 0 && nederlands <= engels.length;
}

const TESTFUNCTIES = new Set(["describe", "it", "test"]);

/** describe, it, test, also with .each(...), .skip, .only, .concurrent and tagged .each`…`. */
function testfunctie(e: ts.Expression): string | undefined {
  if (ts.isIdentifier(e)) return TESTFUNCTIES.has(e.text) ? e.text : undefined;
  if (ts.isPropertyAccessExpression(e)) return testfunctie(e.expression);
  if (ts.isCallExpression(e)) return testfunctie(e.expression);
  if (ts.isTaggedTemplateExpression(e)) return testfunctie(e.tag);
  return undefined;
}

export interface Testnaam {
  regel: number;
  /** The literal text, substitutions as ${…}; undefined when the name is no literal. */
  titel?: string;
  bron: string;
}

export function testnamen(bron: string, bestand = "x.test.ts"): Testnaam[] {
  const sf = ts.createSourceFile(bestand, bron, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const uit: Testnaam[] = [];
  const bezoek = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.arguments.length >= 2 && testfunctie(n.expression)) {
      const a = n.arguments[0];
      const regel = sf.getLineAndCharacterOfPosition(a.getStart(sf)).line + 1;
      let titel: string | undefined;
      if (ts.isStringLiteral(a) || ts.isNoSubstitutionTemplateLiteral(a)) titel = a.text;
      else if (ts.isTemplateExpression(a))
        titel = a.head.text + a.templateSpans.map((s) => "${…}" + s.literal.text).join("");
      uit.push({ regel, titel, bron: a.getText(sf) });
    }
    ts.forEachChild(n, bezoek);
  };
  bezoek(sf);
  return uit;
}

describe("testnamen zijn Nederlands", () => {
  const bestanden = testbestanden(TESTS);
  const namen = bestanden.flatMap((b) =>
    testnamen(readFileSync(b, "utf8"), b).map((n) => ({ ...n, plek: `${relative(TESTS, b)}:${n.regel}` })),
  );

  test("er zijn testbestanden en testnamen om te controleren", () => {
    expect(bestanden.length).toBeGreaterThan(50);
    expect(namen.length).toBeGreaterThan(500);
    expect(bestanden).toContain(__filename);
  });

  test("elke testnaam is letterlijke tekst, zodat hij te controleren is", () => {
    expect(namen.filter((n) => n.titel === undefined).map((n) => `${n.plek}: ${n.bron}`)).toEqual([]);
  });

  test("geen Engelse testnaam", () => {
    const engels = namen
      .filter((n) => n.titel !== undefined && isEngels(n.titel))
      .map((n) => `${n.plek}: ${n.bron} (Engels: ${telTaal(n.titel!).engels.join(", ")})`);
    expect(engels).toEqual([]);
  });
});

describe("de taalcontrole zelf (anders kan hij niet falen)", () => {
  test.each([
    "returns the total of every row when the sheet is empty",
    "refuses a file that is no xlsx with a Dutch message",
    "errors: unequal lengths, negative units, 2 meaning 2%",
    "masking",
    "text cells",
    // a Dutch word or two added to an English name does not make it Dutch
    "gives the saldo of the eindafrekening with de opslag",
    "CSV reader: quoting, line breaks in fields and separators",
  ])("Engels: %s", (titel) => {
    expect(isEngels(titel)).toBe(true);
  });

  test.each([
    "geeft het totaal van elke rij als het blad leeg is",
    "weigert een bestand dat geen xlsx is met een Nederlandse melding",
    // quoted English, code names, cell references and placeholders are no prose
    "de knop 'Show all' toont alle bevindingen",
    'een cel met "the total" is tekst, geen getal',
    "parseGetal(formatBedrag(x)) = x voor bedragen in centen",
    "NETTO_KLOPT_NIET in B7 voor %s en $jaar",
    "hele euro's met ',-' en '€ … ,--' geven hetzelfde als echte getallen",
    "current ratio = vlottende activa / kortlopende schulden",
    "Excel's eigen decimaalteken beslist waar het werkboek zwijgt",
  ])("Nederlands: %s", (titel) => {
    expect(isEngels(titel)).toBe(false);
  });

  test("vindt namen in describe, it, test, .each en .skip, ook als sjabloontekst", () => {
    const bron = [
      'describe("blok", () => {',
      '  it("gewoon", () => {});',
      '  test.each([1])("per %s", () => {});',
      "  describe.each`a\n${1}`(`sjabloon $a`, () => {});",
      "  test.skip(`met ${x} erin`, () => {});",
      "  it(naam, () => {});",
      "});",
    ].join("\n");
    expect(testnamen(bron).map((n) => n.titel)).toEqual([
      "blok",
      "gewoon",
      "per %s",
      "sjabloon $a",
      "met ${…} erin",
      undefined,
    ]);
  });
});

// A workbook for the adapter's unit tests, built on Microsoft's office-addin-mock: the request
// context, its sync and the loaded-after-sync behaviour of the seeded objects come from the mock;
// ranges the adapter creates on the fly are recorders that keep what was written to them.
import { OfficeMockObject } from "office-addin-mock";
import { adres as a1, bladVerwijzing, parseAdres } from "../../src/core/grid";

export interface MockBlad {
  naam: string;
  /** 0-based position and content of the used range. */
  rij?: number;
  kolom?: number;
  waarden: (string | number | boolean | null)[][];
  formules?: (string | null)[][];
  verborgenRijen?: number[];
  /** 0-based sheet columns that are hidden. */
  verborgenKolommen?: number[];
  /** Number formats of the used range (same shape as waarden; missing: "General"). */
  notaties?: (string | null)[][];
  /** Values getRange(address).values returns (e.g. the backup note). */
  cellen?: Record<string, unknown[][]>;
  /** Column widths in points getRange("C:C").format.columnWidth returns. */
  breedtes?: Record<string, number>;
  /** Merged ranges ("K148:M149") getRange(area).getMergedAreasOrNullObject() reports. */
  samengevoegd?: string[];
  /** Cells with a comment (worksheet.comments) and with a note (worksheet.notes). */
  opmerkingen?: string[];
  notities?: string[];
  /** Shapes and charts by their position in points. */
  vormen?: Plaats[];
  grafieken?: Plaats[];
  /** Row heights in points by 0-based row (missing: 15). */
  hoogtes?: Record<number, number>;
}

export interface Plaats {
  /** A chart's name (charts only). */
  naam?: string;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Opname {
  blad: string;
  adres: string;
  formulas?: unknown[][];
  values?: unknown[][];
  numberFormat?: unknown[][];
  cellProperties?: unknown[][];
  gewist?: string;
  gekopieerdVan?: { blad: string; adres: string; soort: string };
  geselecteerd?: boolean;
  /** The order in which formulas, values and numberFormat were set (Excel applies them in order). */
  volgorde: string[];
  format: { columnWidth?: number; load: () => void };
  load: () => void;
}

/** A chart the adapter added: its type and source, and what it set on it. */
export interface GrafiekOpname {
  blad: string;
  type: string;
  bron: string;
  reeksenPer: string;
  naam?: string;
  titel?: string;
  legenda?: string;
  asNotatie?: string;
  positie?: { van: string; tot: string };
  reeksen: { naam?: string; waarden?: string; categorieen?: string; toegevoegd: boolean }[];
}

export interface Handeling {
  soort: string;
  [k: string]: unknown;
}

export interface MockWerkmap {
  excel: { run: <T>(cb: (context: Excel.RequestContext) => Promise<T>) => Promise<T> };
  context: Excel.RequestContext;
  /** Every range the adapter asked for, in order, with what it wrote. */
  opnames: Opname[];
  /** Sheet and name operations (add, delete, activate, visibility, names). */
  handelingen: Handeling[];
}

function rechthoek(a: string) {
  const [van, tot = van] = a.split(":").map(parseAdres);
  return { van, tot };
}

function overlapt(a: string, b: string): boolean {
  const x = rechthoek(a);
  const y = rechthoek(b);
  return (
    x.van.rij <= y.tot.rij &&
    x.tot.rij >= y.van.rij &&
    x.van.kolom <= y.tot.kolom &&
    x.tot.kolom >= y.van.kolom
  );
}

/** The seeded formulas (or values) of a sheet within an area, "" where empty. */
function vakInhoud(blad: MockBlad, adres: string): unknown[][] {
  const { van, tot } = rechthoek(adres);
  const bron = blad.formules ?? blad.waarden;
  return Array.from({ length: tot.rij - van.rij + 1 }, (_, i) =>
    Array.from({ length: tot.kolom - van.kolom + 1 }, (_, j) => {
      const v = bron[van.rij + i - (blad.rij ?? 0)]?.[van.kolom + j - (blad.kolom ?? 0)];
      return v === null || v === undefined ? "" : v;
    }),
  );
}

export function maakMockWerkmap(
  bladen: MockBlad[],
  opties: {
    namen?: { name: string; formula: string }[];
    /** The system's decimal separator (cultureInfo). */
    decimaalteken?: string;
    /** Excel's own decimal separator, set in its options (useSystemSeparators false). */
    excelDecimaalteken?: string;
    /** What the user has selected: getSelectedRange() gives it ("B8:B12" on `blad`). */
    selectie?: { blad: string; adres: string };
  } = {},
): MockWerkmap {
  const opnames: Opname[] = [];
  const handelingen: Handeling[] = [];
  const bladNamen = bladen.map((b) => b.naam);
  const namen = [...(opties.namen ?? [])];

  const recorder = (blad: MockBlad | undefined, naam: string, adres: string): Opname => {
    const kolomMatch = /^([A-Z]+):\1$/.exec(adres);
    const o: Opname & Record<string, unknown> = {
      blad: naam,
      adres,
      format: {
        columnWidth: kolomMatch ? blad?.breedtes?.[kolomMatch[1]] : undefined,
        load: () => undefined,
      },
      load: () => undefined,
      volgorde: [],
    };
    for (const eigenschap of ["formulas", "values", "numberFormat"] as const) {
      let waarde: unknown[][] | undefined = eigenschap === "values" ? blad?.cellen?.[adres] : undefined;
      // Reading an area's formulas gives what the seeded sheet holds there ("" where empty).
      if (eigenschap === "formulas" && blad && /^[A-Z]+\d+:[A-Z]+\d+$/.test(adres)) {
        o.load = (p?: string) => {
          if (String(p).includes("formulas") && waarde === undefined) waarde = vakInhoud(blad, adres);
        };
      }
      Object.defineProperty(o, eigenschap, {
        enumerable: true,
        get: () => waarde,
        set: (w: unknown[][]) => {
          waarde = w;
          o.volgorde.push(eigenschap);
        },
      });
    }
    o.clear = (soort: string) => (o.gewist = soort ?? "All");
    o.copyFrom = (bron: Opname, soort: string) =>
      (o.gekopieerdVan = { blad: bron.blad, adres: bron.adres, soort });
    o.setCellProperties = (p: unknown[][]) => (o.cellProperties = p);
    o.select = () => (o.geselecteerd = true);
    o.getMergedAreasOrNullObject = () => {
      const overlap = (blad?.samengevoegd ?? []).filter((m) => adres === "*" || overlapt(m, adres));
      return {
        isNullObject: overlap.length === 0,
        address: overlap.map((m) => `${naam}!${m}`).join(","),
        load: () => undefined,
      };
    };
    o.getRowProperties = () => {
      const { van, tot } = rechthoek(adres);
      return {
        value: Array.from({ length: tot.rij - van.rij + 1 }, (_, i) => ({
          rowIndex: van.rij + i,
          format: { rowHeight: blad?.hoogtes?.[van.rij + i] ?? 15 },
        })),
      };
    };
    o.getColumnProperties = () => ({
      value: Object.entries(blad?.breedtes ?? {}).map(([letters, columnWidth]) => ({
        columnIndex: [...letters].reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0) - 1,
        format: { columnWidth },
      })),
    });
    opnames.push(o);
    return o;
  };

  const werkbladSeed = (blad: MockBlad | undefined, naam: string) => {
    const rij = blad?.rij ?? 0;
    const kolom = blad?.kolom ?? 0;
    const waarden = blad?.waarden ?? [[""]];
    const rijen = waarden.length;
    const kolommen = Math.max(1, ...waarden.map((r) => r.length));
    const vol = waarden.map((r) => Array.from({ length: kolommen }, (_, k) => r[k] ?? ""));
    const formules = (blad?.formules ?? vol).map((r, i) =>
      Array.from({ length: kolommen }, (_, k) => r[k] ?? vol[i][k] ?? ""),
    );
    const verborgen = new Set(blad?.verborgenRijen ?? []);
    const alle = Array.from({ length: rijen }, (_, i) => verborgen.has(rij + i));
    const verborgenK = new Set(blad?.verborgenKolommen ?? []);
    const alleK = Array.from({ length: kolommen }, (_, j) => verborgenK.has(kolom + j));
    const notaties = vol.map((r, i) => r.map((_, k) => blad?.notaties?.[i]?.[k] ?? "General"));
    // Comments and notes say their cell through getLocation(); shapes and charts their position.
    const opgemerkt = (cellen: string[] | undefined) => ({
      load: function (this: { items: unknown }) {
        this.items = (cellen ?? []).map((cel) => ({
          getLocation: () => ({
            address: `${naam}!${cel}`,
            load: function () {
              return this;
            },
          }),
        }));
        return this;
      },
    });
    const geplaatst = (plaatsen: Plaats[] | undefined) => ({
      load: function (this: { items: unknown }) {
        this.items = (plaatsen ?? []).map((p) => ({ ...p, name: p.naam }));
        return this;
      },
    });
    // Charts: added ones are recorded (handeling "voegGrafiekToe" with a GrafiekOpname).
    const grafieken = {
      ...geplaatst(blad?.grafieken),
      add: (type: string, bron: Opname, reeksenPer: string) => {
        const g: GrafiekOpname = { blad: naam, type, bron: bron.adres, reeksenPer, reeksen: [] };
        handelingen.push({ soort: "voegGrafiekToe", grafiek: g });
        const reeks = (r: GrafiekOpname["reeksen"][number]) => ({
          set name(v: string) {
            r.naam = v;
          },
          setValues: (b: Opname) => (r.waarden = b.adres),
          setXAxisValues: (b: Opname) => (r.categorieen = b.adres),
        });
        return {
          set name(v: string) {
            g.naam = v;
          },
          title: {
            set text(v: string) {
              g.titel = v;
            },
          },
          legend: {
            set position(v: string) {
              g.legenda = v;
            },
          },
          axes: {
            valueAxis: {
              set numberFormat(v: string) {
                g.asNotatie = v;
              },
            },
          },
          series: {
            getItemAt: (i: number) => {
              g.reeksen[i] ??= { waarden: bron.adres, toegevoegd: false };
              return reeks(g.reeksen[i]);
            },
            add: (n: string) => {
              const r = { naam: n, toegevoegd: true };
              g.reeksen.push(r);
              return reeks(r);
            },
          },
          setPosition: (van: string, tot: string) => (g.positie = { van, tot }),
        };
      },
      getItem: (n: string) => ({
        delete: () => handelingen.push({ soort: "verwijderGrafiek", blad: naam, naam: n }),
      }),
    };
    return {
      comments: opgemerkt(blad?.opmerkingen),
      notes: opgemerkt(blad?.notities),
      shapes: geplaatst(blad?.vormen),
      charts: grafieken,
      gebruikt: {
        rowIndex: rij,
        columnIndex: kolom,
        rowCount: rijen,
        columnCount: kolommen,
        // Excel says null for "mixed"; the mock cannot hold null, any non-boolean means the same.
        rowHidden: alle.every((x) => x) ? true : alle.some((x) => x) ? "gemengd" : false,
        columnHidden: alleK.every((x) => x) ? true : alleK.some((x) => x) ? "gemengd" : false,
      },
      inhoud: { values: vol, formulas: formules, numberFormat: notaties },
      getUsedRange: function (this: { gebruikt: unknown }) {
        return this.gebruikt;
      },
      getRangeByIndexes: function (
        this: { inhoud: { getRowProperties?: unknown } },
        r: number,
        k: number,
        nr: number,
        nk: number,
      ) {
        if (r === rij && k === kolom && nr === rijen && nk === kolommen) {
          // Reading the used range: the seeded mock object (loaded only after sync).
          const inhoud = this.inhoud as Record<string, unknown>;
          inhoud.getRowProperties = () => ({
            value: Array.from({ length: rijen }, (_, i) => ({ rowIndex: rij + i, rowHidden: alle[i] })),
          });
          inhoud.getColumnProperties = () => ({
            value: Array.from({ length: kolommen }, (_, j) => ({
              columnIndex: kolom + j,
              columnHidden: alleK[j],
            })),
          });
          return inhoud;
        }
        return recorder(blad, naam, `${a1(r, k)}:${a1(r + nr - 1, k + nk - 1)}`);
      },
      getRange: (adres?: string) => recorder(blad, naam, adres ?? "*"),
      activate: () => handelingen.push({ soort: "activeer", blad: naam }),
      delete: () => handelingen.push({ soort: "verwijderBlad", blad: naam }),
    };
  };

  const seeds: Record<string, ReturnType<typeof werkbladSeed>> = {};
  bladen.forEach((b, i) => (seeds[`blad${i}`] = werkbladSeed(b, b.naam)));
  const extra = new Map<string, Record<string, unknown>>();
  let wachtendeFout: Error | null = null;

  const data = {
    context: {
      workbook: {
        worksheets: {
          ...seeds,
          // office-addin-mock cannot load "items/name" on an array; this load hands the items out.
          load: function (this: { items: unknown }) {
            this.items = bladNamen.map((name) => ({ name }));
            return this;
          },
          getItem: function (this: Record<string, unknown>, naam: string) {
            // Sheet names are case-insensitive in Excel.
            const i = bladNamen.findIndex((b) => b.toLowerCase() === naam.toLowerCase());
            if (i >= 0 && this[`blad${i}`]) return this[`blad${i}`];
            const e = extra.get(naam);
            if (e) return e;
            // Like Office.js: the proxy is handed out, the next sync fails with ItemNotFound.
            const fout = new Error(`ItemNotFound: ${naam}`) as Error & { code: string };
            fout.code = "ItemNotFound";
            wachtendeFout = fout;
            return werkbladSeed(undefined, naam);
          },
          add: (naam: string) => {
            handelingen.push({ soort: "voegBladToe", blad: naam });
            const w = werkbladSeed(undefined, naam) as unknown as Record<string, unknown>;
            Object.defineProperty(w, "visibility", {
              set: (v: string) => handelingen.push({ soort: "zichtbaarheid", blad: naam, waarde: v }),
            });
            extra.set(naam, w);
            return w;
          },
        },
        names: {
          load: function (this: { items: unknown }) {
            this.items = namen.map((n) => ({ ...n }));
            return this;
          },
          getItem: (naam: string) => {
            const item = {
              delete: () => handelingen.push({ soort: "verwijderNaam", naam }),
            };
            Object.defineProperty(item, "formula", {
              set: (f: string) => handelingen.push({ soort: "wijzigNaam", naam, formule: f }),
            });
            return item;
          },
          add: (naam: string, verwijzing: string | { selectie: { blad: string; adres: string } }) => {
            // A range (the selection) becomes an absolute reference, as Excel stores it.
            const formule =
              typeof verwijzing === "string"
                ? verwijzing
                : "=" +
                  bladVerwijzing(
                    verwijzing.selectie.blad,
                    verwijzing.selectie.adres.replace(/([A-Z]+)([0-9]+)/g, "$$$1$$$2"),
                  );
            handelingen.push({ soort: "voegNaamToe", naam, formule });
            return { name: naam, formula: formule, load: () => undefined };
          },
        },
        getSelectedRange: () => {
          if (!opties.selectie) throw new Error("geen selectie in de mock");
          return { selectie: opties.selectie };
        },
      },
      application: {
        cultureInfo: { numberFormat: { numberDecimalSeparator: opties.decimaalteken ?? "," } },
        decimalSeparator: opties.excelDecimaalteken ?? opties.decimaalteken ?? ",",
        useSystemSeparators: opties.excelDecimaalteken === undefined,
      },
    },
    run: async function (this: { context: unknown }, cb: (c: unknown) => Promise<unknown>) {
      return cb(this.context);
    },
  };
  const mock = new OfficeMockObject(data) as unknown as {
    context: Excel.RequestContext;
    run: MockWerkmap["excel"]["run"];
  };
  const mockSync = mock.context.sync.bind(mock.context);
  (mock.context as { sync: () => Promise<void> }).sync = async () => {
    const fout = wachtendeFout;
    wachtendeFout = null;
    if (fout) throw fout;
    await mockSync();
  };
  return { excel: mock, context: mock.context, opnames, handelingen };
}

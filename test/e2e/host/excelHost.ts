// A test host for the task pane in a real browser: replaces office.js with an in-memory workbook
// that implements the subset of the Excel JavaScript API the adapter (src/excel) uses, with
// Office.js's batching semantics:
//   - proxies queue commands; nothing happens until context.sync();
//   - a loaded property is readable only after the sync that loaded it (reading earlier throws
//     PropertyNotLoaded, as Office.js does);
//   - each sync counts, and a request or response above the payload limit fails with
//     RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded before anything runs
//     (Excel on the web: 5 MB);
//   - commands run in order; the first failing one ends the batch (earlier ones stay applied).
// The e2e test bundles it (with the shared CustomFunctions test double it imports) into one script
// and serves it as office.js. The workbook comes from window.__ONTPLOOJ_WERKMAP__ (see
// werkmapJson.ts); the test reads and checks the state through window.__ontploojHost.
import "../../functions/customfunctions-dubbel";

type Waarde = string | number | boolean | null;

interface CelStijl {
  vet?: boolean;
  cursief?: boolean;
  kleur?: string;
  vulling?: string;
  uitlijning?: string;
  randen?: Record<string, string>;
}

interface Cel {
  waarde: Waarde;
  formule?: string;
  notatie?: string;
  stijl?: CelStijl;
}

interface Blad {
  naam: string;
  zichtbaarheid: string;
  cellen: Map<string, Cel>;
  verborgenRijen: Set<number>;
  verborgenKolommen: Set<number>;
  breedtes: Map<number, number>;
  /** Row heights in points where not the default (15). */
  hoogtes: Map<number, number>;
  /** Cells with a comment and with a note (A1 addresses). */
  opmerkingen: string[];
  notities: string[];
  /** Shapes by their position in points; charts with their name, type, source and series too. */
  vormen: Plaats[];
  grafieken: Grafiek[];
}

interface Plaats {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** A chart as the host keeps it: what charts.add and the chart's setters made of it. */
interface Grafiek extends Plaats {
  naam: string;
  type?: string;
  /** The source range charts.add got. */
  bron?: string;
  titel?: string;
  legenda?: string;
  asNotatie?: string;
  van?: string;
  tot?: string;
  reeksen: { naam?: string; waarden?: string; categorieen?: string }[];
}

interface WerkmapJson {
  bladen: {
    naam: string;
    zichtbaarheid?: string;
    /** [row, column, value, formula?, numberFormat?] with 0-based row and column. */
    cellen: [number, number, Waarde, string?, string?][];
    verborgenRijen?: number[];
    verborgenKolommen?: number[];
    opmerkingen?: string[];
    notities?: string[];
    vormen?: Plaats[];
    grafieken?: (Plaats & { naam?: string })[];
  }[];
  namen?: { naam: string; formule: string }[];
}

interface HostConfig {
  payloadLimiet?: number;
  /** The system's decimal separator (application.cultureInfo.numberFormat). */
  decimaalteken?: string;
  /** Excel's own decimal separator from its options; set: useSystemSeparators is false. */
  excelDecimaalteken?: string;
  versie?: string;
  /** An Excel that refuses event handlers (the panel then explains on a button). */
  geenGebeurtenissen?: boolean;
  /** Office.context.officeTheme (the colours of the Excel around the panel); absent by default. */
  officeThema?: { bodyBackgroundColor?: string; bodyForegroundColor?: string };
}

interface Vak {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const MAX_RIJ = 1048575;
const MAX_KOLOM = 16383;
const STANDAARD_BREEDTE = 48;
/** Excel's default row height in points. */
const STANDAARD_HOOGTE = 15;

class HostFout extends Error {
  code: string;
  debugInfo: { code: string; message: string };
  constructor(code: string, bericht: string) {
    super(bericht);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: bericht };
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses.

function kolomLetters(k: number): string {
  let n = k + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function lettersNaarKolom(l: string): number {
  let k = 0;
  for (const ch of l.toUpperCase()) k = k * 26 + (ch.charCodeAt(0) - 64);
  return k - 1;
}

function a1(r: number, c: number): string {
  return kolomLetters(c) + String(r + 1);
}

function vakAdres(v: Vak): string {
  return v.r0 === v.r1 && v.c0 === v.c1 ? a1(v.r0, v.c0) : `${a1(v.r0, v.c0)}:${a1(v.r1, v.c1)}`;
}

function parseVak(adres: string): Vak {
  const s = adres.replace(/\$/g, "").replace(/^.*!/, "").trim().toUpperCase();
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(s);
  if (m) {
    const r0 = Number(m[2]) - 1;
    const c0 = lettersNaarKolom(m[1]);
    const r1 = m[3] ? Number(m[4]) - 1 : r0;
    const c1 = m[3] ? lettersNaarKolom(m[3]) : c0;
    return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  }
  m = /^([A-Z]+):([A-Z]+)$/.exec(s);
  if (m) return { r0: 0, c0: lettersNaarKolom(m[1]), r1: MAX_RIJ, c1: lettersNaarKolom(m[2]) };
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return { r0: Number(m[1]) - 1, c0: 0, r1: Number(m[2]) - 1, c1: MAX_KOLOM };
  throw new HostFout(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${adres})`,
  );
}

const sleutel = (r: number, c: number) => `${r},${c}`;

// ---------------------------------------------------------------------------------------------
// The workbook.

const config: HostConfig =
  ((window as unknown as Record<string, unknown>).__ONTPLOOJ_HOST__ as HostConfig) ?? {};
const state = {
  bladen: [] as Blad[],
  namen: new Map<string, string>(),
  actief: "",
  selectie: null as null | { blad: string; adres: string },
  syncs: 0,
  grootsteVerzoek: 0,
  grootsteAntwoord: 0,
  payloadLimiet: config.payloadLimiet ?? 5 * 1024 * 1024,
  verzoeken: [] as { bytes: number; opdrachten: number }[],
  /** Registered event handlers (WorksheetCollection.onSelectionChanged, onChanged, onAdded, onDeleted). */
  luisteraars: [] as Luisteraar[],
  /** Events fired, by kind, for tests. */
  gebeurtenissen: { selectie: 0, wijziging: 0 },
  /** Every charts.add and chart delete, in order: what the e2e test checks. */
  grafiekAanroepen: [] as {
    soort: "add" | "delete";
    blad: string;
    type?: string;
    bron?: string;
    naam?: string;
  }[],
};

type Gebeurtenis = "onSelectionChanged" | "onChanged" | "onAdded" | "onDeleted";

interface Luisteraar {
  soort: Gebeurtenis;
  handler: (args: unknown) => unknown;
}

/**
 * Fires an event the way Excel does: after the operation that caused it, asynchronously, to every
 * handler registered for it (a handler's failure does not reach the operation).
 */
function vuur(soort: Gebeurtenis, args: Record<string, unknown>): void {
  const handlers = state.luisteraars.filter((l) => l.soort === soort).map((l) => l.handler);
  if (handlers.length === 0) return;
  if (soort === "onSelectionChanged") state.gebeurtenissen.selectie += 1;
  else state.gebeurtenissen.wijziging += 1;
  setTimeout(() => {
    for (const h of handlers) {
      try {
        void Promise.resolve(h(args)).catch(() => undefined);
      } catch {
        // Excel ignores a failing handler.
      }
    }
  }, 0);
}

function vuurSelectie(): void {
  const sel = state.selectie ?? { blad: state.actief, adres: "A1" };
  vuur("onSelectionChanged", {
    type: "WorksheetSelectionChanged",
    address: sel.adres,
    worksheetId: sel.blad,
    source: "Local",
  });
}

function nieuwBlad(naam: string, zichtbaarheid = "Visible"): Blad {
  return {
    naam,
    zichtbaarheid,
    cellen: new Map(),
    verborgenRijen: new Set(),
    verborgenKolommen: new Set(),
    breedtes: new Map(),
    hoogtes: new Map(),
    opmerkingen: [],
    notities: [],
    vormen: [],
    grafieken: [],
  };
}

function laadWerkmap(json: WerkmapJson | undefined): void {
  state.bladen = [];
  state.namen = new Map();
  for (const b of json?.bladen ?? []) {
    const blad = nieuwBlad(b.naam, b.zichtbaarheid ?? "Visible");
    for (const [r, c, waarde, formule, notatie] of b.cellen) {
      const cel: Cel = { waarde };
      if (formule) cel.formule = formule;
      if (notatie) cel.notatie = notatie;
      blad.cellen.set(sleutel(r, c), cel);
    }
    for (const r of b.verborgenRijen ?? []) blad.verborgenRijen.add(r);
    for (const k of b.verborgenKolommen ?? []) blad.verborgenKolommen.add(k);
    blad.opmerkingen.push(...(b.opmerkingen ?? []));
    blad.notities.push(...(b.notities ?? []));
    blad.vormen.push(...(b.vormen ?? []));
    blad.grafieken.push(
      ...(b.grafieken ?? []).map((p, i) => ({ naam: `Grafiek ${i + 1}`, reeksen: [], ...p })),
    );
    state.bladen.push(blad);
  }
  for (const n of json?.namen ?? []) state.namen.set(n.naam, n.formule);
  state.actief = state.bladen[0]?.naam ?? "";
}

function zoekBlad(naam: string): Blad | undefined {
  return state.bladen.find((b) => b.naam.toLowerCase() === naam.toLowerCase());
}

function blad(naam: string): Blad {
  const b = zoekBlad(naam);
  if (!b) throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
  return b;
}

function isLeeg(c: Cel | undefined): boolean {
  return !c || ((c.waarde === null || c.waarde === "") && !c.formule);
}

function gebruiktVak(b: Blad, alleenWaarden: boolean): Vak | null {
  let v: Vak | null = null;
  for (const [k, c] of b.cellen) {
    if (alleenWaarden ? isLeeg(c) : isLeeg(c) && !c.notatie && !c.stijl) continue;
    const [r, col] = k.split(",").map(Number);
    if (!v) v = { r0: r, c0: col, r1: r, c1: col };
    else {
      v.r0 = Math.min(v.r0, r);
      v.c0 = Math.min(v.c0, col);
      v.r1 = Math.max(v.r1, r);
      v.c1 = Math.max(v.c1, col);
    }
  }
  return v;
}

/** Cells of a region that exist in the map (for large regions: entire columns or sheets). */
function bestaandeCellen(b: Blad, v: Vak): [number, number, Cel][] {
  const uit: [number, number, Cel][] = [];
  for (const [k, c] of b.cellen) {
    const [r, col] = k.split(",").map(Number);
    if (r >= v.r0 && r <= v.r1 && col >= v.c0 && col <= v.c1) uit.push([r, col, c]);
  }
  return uit;
}

function matrix<T>(v: Vak, f: (r: number, c: number) => T): T[][] {
  const rijen = v.r1 - v.r0 + 1;
  const kolommen = v.c1 - v.c0 + 1;
  if (rijen * kolommen > 5_000_000)
    throw new HostFout("ResponsePayloadSizeLimitExceeded", "The range is too large.");
  return Array.from({ length: rijen }, (_, i) =>
    Array.from({ length: kolommen }, (_, j) => f(v.r0 + i, v.c0 + j)),
  );
}

/** Text typed into a cell, the way Excel stores it (numbers, booleans, a leading apostrophe). */
function invoer(x: unknown): { waarde: Waarde; formule?: string } {
  if (x === null || x === undefined || x === "") return { waarde: null };
  if (typeof x === "number" || typeof x === "boolean") return { waarde: x };
  const s = String(x);
  if (s.startsWith("=")) return { waarde: null, formule: s };
  if (s.startsWith("'")) return { waarde: s.slice(1) };
  if (/^-?\d+(\.\d+)?$/.test(s.trim())) return { waarde: Number(s) };
  if (/^(true|false)$/i.test(s.trim())) return { waarde: s.trim().toLowerCase() === "true" };
  return { waarde: s };
}

function schrijfCel(b: Blad, r: number, c: number, wijzig: (cel: Cel) => void): void {
  const k = sleutel(r, c);
  const cel = b.cellen.get(k) ?? { waarde: null };
  wijzig(cel);
  if (isLeeg(cel) && !cel.notatie && !cel.stijl) b.cellen.delete(k);
  else b.cellen.set(k, cel);
}

function zetMatrix(
  b: Blad,
  v: Vak,
  m: unknown[][],
  soort: string,
  zet: (cel: Cel, x: unknown) => void,
): void {
  const rijen = v.r1 - v.r0 + 1;
  const kolommen = v.c1 - v.c0 + 1;
  const enkel = !Array.isArray(m);
  if (!enkel && (m.length !== rijen || m.some((r) => !Array.isArray(r) || r.length !== kolommen))) {
    throw new HostFout(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${soort}).`,
    );
  }
  for (let i = 0; i < rijen; i++) {
    for (let j = 0; j < kolommen; j++) {
      const x = enkel ? m : m[i][j];
      if (x === null || x === undefined) continue; // null leaves the cell as it is (Office.js)
      schrijfCel(b, v.r0 + i, v.c0 + j, (cel) => zet(cel, x));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Requests and proxies.

interface Opdracht {
  json: unknown;
  voerUit: () => unknown;
}

class ClientResult<T> {
  private _waarde: T | undefined;
  private _klaar = false;
  get value(): T {
    if (!this._klaar) throw nietGeladen("value");
    return this._waarde as T;
  }
  zet(w: T): void {
    this._waarde = w;
    this._klaar = true;
  }
}

function nietGeladen(eigenschap: string): HostFout {
  return new HostFout(
    "PropertyNotLoaded",
    `The property '${eigenschap}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

let volgnummer = 0;

class RequestContext {
  private wachtrij: Opdracht[] = [];
  workbook: Workbook;
  application: Application;
  constructor() {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
  }
  zet(json: unknown, voerUit: () => unknown): void {
    this.wachtrij.push({ json, voerUit });
  }
  get wacht(): number {
    return this.wachtrij.length;
  }
  async sync(): Promise<void> {
    state.syncs += 1;
    const opdrachten = this.wachtrij.splice(0);
    const verzoek = JSON.stringify(opdrachten.map((o) => o.json));
    const bytes = new TextEncoder().encode(verzoek).length;
    state.verzoeken.push({ bytes, opdrachten: opdrachten.length });
    state.grootsteVerzoek = Math.max(state.grootsteVerzoek, bytes);
    await new Promise((r) => setTimeout(r, 0));
    if (bytes > state.payloadLimiet) {
      throw new HostFout(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      );
    }
    const antwoorden: unknown[] = [];
    const veranderd = new Set<string>();
    try {
      for (const o of opdrachten) {
        antwoorden.push(o.voerUit());
        const j = o.json as Record<string, unknown> | null;
        if (j && typeof j === "object") {
          if (j.soort === "WorksheetCollection" && "add" in j) veranderd.add("onAdded");
          else if (j.soort === "Worksheet" && "delete" in j) veranderd.add("onDeleted");
          else if ("id" in j && ["zet", "clear", "copyFrom", "setCellProperties"].some((k) => k in j))
            veranderd.add("onChanged");
        }
      }
    } finally {
      // What ran before a failing command stays applied, and Excel reports it.
      for (const soort of veranderd)
        vuur(soort as Gebeurtenis, {
          type: soort === "onChanged" ? "WorksheetChanged" : soort,
          source: "Local",
        });
    }
    const antwoordBytes = new TextEncoder().encode(JSON.stringify(antwoorden)).length;
    state.grootsteAntwoord = Math.max(state.grootsteAntwoord, antwoordBytes);
    if (antwoordBytes > state.payloadLimiet) {
      throw new HostFout(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit. Please refer to the documentation: https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      );
    }
  }
}

/** Base of every proxy: load() queues a read whose result becomes readable after sync. */
abstract class Proxy {
  protected geladen = new Map<string, unknown>();
  readonly id = ++volgnummer;
  constructor(protected ctx: RequestContext) {}
  protected abstract lees(eigenschap: string): unknown;
  protected abstract soort: string;
  get context(): RequestContext {
    return this.ctx;
  }
  load(eigenschappen?: string | string[] | Record<string, unknown>): this {
    const lijst =
      typeof eigenschappen === "string"
        ? eigenschappen.split(",").map((s) => s.trim())
        : Array.isArray(eigenschappen)
          ? eigenschappen
          : eigenschappen
            ? Object.keys(eigenschappen)
            : this.standaardEigenschappen();
    this.ctx.zet({ id: this.id, soort: this.soort, laad: lijst }, () => {
      const uit: Record<string, unknown> = {};
      for (const e of lijst) {
        const w = this.lees(e);
        this.geladen.set(e, w);
        uit[e] = w;
      }
      return uit;
    });
    return this;
  }
  protected standaardEigenschappen(): string[] {
    return [];
  }
  protected waarde<T>(eigenschap: string): T {
    if (!this.geladen.has(eigenschap)) throw nietGeladen(eigenschap);
    return this.geladen.get(eigenschap) as T;
  }
}

class Application extends Proxy {
  protected soort = "Application";
  cultureInfo: { numberFormat: NumberFormatInfo };
  constructor(ctx: RequestContext) {
    super(ctx);
    this.cultureInfo = { numberFormat: new NumberFormatInfo(ctx) };
  }
  protected lees(e: string): unknown {
    if (e === "useSystemSeparators") return config.excelDecimaalteken === undefined;
    if (e === "decimalSeparator") return config.excelDecimaalteken ?? config.decimaalteken ?? ",";
    throw new HostFout("InvalidArgument", `Unknown property ${e}`);
  }
  get useSystemSeparators(): boolean {
    return this.waarde("useSystemSeparators");
  }
  get decimalSeparator(): string {
    return this.waarde("decimalSeparator");
  }
}

class NumberFormatInfo extends Proxy {
  protected soort = "NumberFormatInfo";
  protected lees(e: string): unknown {
    const decimaal = config.decimaalteken ?? ",";
    if (e === "numberDecimalSeparator") return decimaal;
    if (e === "numberGroupSeparator") return decimaal === "," ? "." : ",";
    throw new HostFout("InvalidArgument", `Unknown property ${e}`);
  }
  get numberDecimalSeparator(): string {
    return this.waarde("numberDecimalSeparator");
  }
  get numberGroupSeparator(): string {
    return this.waarde("numberGroupSeparator");
  }
}

class Workbook {
  worksheets: WorksheetCollection;
  names: NamedItemCollection;
  constructor(private ctx: RequestContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.names = new NamedItemCollection(ctx);
  }
  /** What the user selected (Excel always has a selection: A1 of the active sheet at the start). */
  getSelectedRange(): Range {
    const sel = state.selectie ?? { blad: state.actief, adres: "A1" };
    return new Range(this.ctx, sel.blad, () => parseVak(sel.adres), { selectie: true });
  }
  /** The active cell: the top-left cell of the selection (the host does not move it inside one). */
  getActiveCell(): Range {
    const sel = state.selectie ?? { blad: state.actief, adres: "A1" };
    return new Range(
      this.ctx,
      sel.blad,
      () => {
        const v = parseVak(sel.adres);
        return { r0: v.r0, c0: v.c0, r1: v.r0, c1: v.c0 };
      },
      { actieveCel: true },
    );
  }
}

/**
 * What Office's collections share: `items` is readable only after a load and a sync, and
 * `load("items/name,items/formula")` names the properties of the items.
 */
abstract class Verzameling<T> extends Proxy {
  protected _items: T[] | null = null;
  get items(): T[] {
    if (!this._items) throw nietGeladen("items");
    return this._items;
  }
  protected velden(eigenschappen?: string): string[] {
    return (eigenschappen ?? "items/name").split(",").map((s) => s.trim().replace(/^items\//, ""));
  }
  protected lees(): unknown {
    return null;
  }
}

/** The result of EventHandlers.add: removing it takes effect at the next sync of its context. */
class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private luisteraar: Luisteraar,
  ) {}
  remove(): void {
    this.context.zet({ verwijderLuisteraar: this.luisteraar.soort }, () => {
      const i = state.luisteraars.indexOf(this.luisteraar);
      if (i >= 0) state.luisteraars.splice(i, 1);
    });
  }
}

class EventHandlers {
  constructor(
    private ctx: RequestContext,
    private soort: Gebeurtenis,
  ) {}
  /** Registered at the next sync, as in Office.js. */
  add(handler: (args: unknown) => unknown): EventHandlerResult {
    const luisteraar: Luisteraar = { soort: this.soort, handler };
    this.ctx.zet({ luisteraar: this.soort }, () => {
      if (!ondersteunt("1.9") || config.geenGebeurtenissen)
        throw new HostFout("ApiNotFound", `${this.soort} is not available in this host`);
      state.luisteraars.push(luisteraar);
    });
    return new EventHandlerResult(this.ctx, luisteraar);
  }
}

class WorksheetCollection extends Verzameling<Worksheet> {
  protected soort = "WorksheetCollection";
  readonly onSelectionChanged = new EventHandlers(this.ctx, "onSelectionChanged");
  readonly onChanged = new EventHandlers(this.ctx, "onChanged");
  readonly onAdded = new EventHandlers(this.ctx, "onAdded");
  readonly onDeleted = new EventHandlers(this.ctx, "onDeleted");
  override load(eigenschappen?: string): this {
    const velden = this.velden(eigenschappen);
    this.ctx.zet({ id: this.id, soort: this.soort, laad: velden }, () => {
      this._items = state.bladen.map((b) => {
        const w = new Worksheet(this.ctx, b.naam);
        w.vul(velden);
        return w;
      });
      return this._items.map((w) => w.naam);
    });
    return this;
  }
  getItem(naam: string): Worksheet {
    const w = new Worksheet(this.ctx, naam);
    this.ctx.zet({ id: w.id, soort: "Worksheet", getItem: naam }, () => blad(naam));
    return w;
  }
  add(naam: string): Worksheet {
    this.ctx.zet({ soort: "WorksheetCollection", add: naam }, () => {
      if (zoekBlad(naam))
        throw new HostFout(
          "ItemAlreadyExists",
          "A resource with the same name or identifier already exists.",
        );
      state.bladen.push(nieuwBlad(naam));
    });
    return new Worksheet(this.ctx, naam);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.ctx, state.actief);
  }
}

/** A sheet's comments (ExcelApi 1.10) or notes (1.18): each says its cell through getLocation(). */
class Celnotities extends Verzameling<{ getLocation(): Range }> {
  constructor(
    ctx: RequestContext,
    private bladNaam: string,
    protected soort: "CommentCollection" | "NoteCollection",
  ) {
    super(ctx);
  }
  override load(eigenschappen?: string): this {
    this.ctx.zet({ id: this.id, soort: this.soort, laad: this.velden(eigenschappen) }, () => {
      const b = blad(this.bladNaam);
      const cellen = this.soort === "CommentCollection" ? b.opmerkingen : b.notities;
      this._items = cellen.map((cel) => ({
        getLocation: () => new Range(this.ctx, b.naam, () => parseVak(cel), { getLocation: cel }),
      }));
      return cellen.length;
    });
    return this;
  }
}

/** A sheet's shapes (ExcelApi 1.9) or charts: their position in points (and a chart's name). */
class Tekeningen extends Verzameling<Plaats> {
  constructor(
    ctx: RequestContext,
    protected bladNaam: string,
    protected soort: "ShapeCollection" | "ChartCollection",
  ) {
    super(ctx);
  }
  override load(eigenschappen?: string): this {
    const velden = this.velden(eigenschappen);
    this.ctx.zet({ id: this.id, soort: this.soort, laad: velden }, () => {
      const b = blad(this.bladNaam);
      const grafieken = this.soort === "ChartCollection";
      for (const v of velden)
        if (!["top", "left", "width", "height", ...(grafieken ? ["name"] : [])].includes(v))
          throw new HostFout("InvalidArgument", `Unknown property ${v}`);
      this._items = grafieken
        ? b.grafieken.map((g) => ({
            top: g.top,
            left: g.left,
            width: g.width,
            height: g.height,
            name: g.naam,
          }))
        : b.vormen.map((t) => ({ ...t }));
      return this._items;
    });
    return this;
  }
}

const GRAFIEK_TYPEN = ["BarClustered", "ColumnClustered", "Line", "Pie"];

function vereist(versieNodig: string, wat: string): void {
  if (!ondersteunt(versieNodig)) throw new HostFout("ApiNotFound", `${wat} needs ExcelApi ${versieNodig}`);
}

/** The chart a proxy stands for, found when its commands run. */
type GrafiekZoeker = () => { b: Blad; g: Grafiek };

/** Points from the sheet's top-left to the cell's top-left, and the cell's own size. */
function celVlak(b: Blad, adres: string): { left: number; top: number; right: number; bottom: number } {
  const v = parseVak(adres);
  const breedte = (c: number) => b.breedtes.get(c) ?? STANDAARD_BREEDTE;
  const hoogte = (r: number) => b.hoogtes.get(r) ?? STANDAARD_HOOGTE;
  let left = 0;
  for (let c = 0; c < v.c0; c++) left += breedte(c);
  let top = 0;
  for (let r = 0; r < v.r0; r++) top += hoogte(r);
  return { left, top, right: left + breedte(v.c0), bottom: top + hoogte(v.r0) };
}

class ChartSeries {
  constructor(
    private ctx: RequestContext,
    private zoek: () => { b: Blad; r: Grafiek["reeksen"][number] },
  ) {}
  set name(n: string) {
    this.ctx.zet({ soort: "ChartSeries", zet: "name", n }, () => {
      this.zoek().r.naam = n;
    });
  }
  private bron(bron: Range, veld: "waarden" | "categorieen", wat: string): void {
    this.ctx.zet({ soort: "ChartSeries", [wat]: true }, () => {
      vereist("1.7", `ChartSeries.${wat}`);
      const { b, r } = this.zoek();
      const { b: bb, v } = bron.los();
      if (bb !== b) throw new HostFout("InvalidArgument", "The source is on another sheet.");
      r[veld] = vakAdres(v);
    });
  }
  setValues(bron: Range): void {
    this.bron(bron, "waarden", "setValues");
  }
  setXAxisValues(bron: Range): void {
    this.bron(bron, "categorieen", "setXAxisValues");
  }
}

class Chart {
  constructor(
    private ctx: RequestContext,
    private zoek: GrafiekZoeker,
  ) {}
  private zet(wat: string, doe: (g: Grafiek, b: Blad) => void, versieNodig = "1.1"): void {
    this.ctx.zet({ soort: "Chart", zet: wat }, () => {
      vereist(versieNodig, `Chart ${wat}`);
      const { b, g } = this.zoek();
      doe(g, b);
    });
  }
  set name(n: string) {
    this.zet("name", (g) => (g.naam = n));
  }
  get title(): { text: string } {
    const zet = (t: string) => this.zet("title", (g) => (g.titel = t));
    return {
      set text(t: string) {
        zet(t);
      },
    } as { text: string };
  }
  get legend(): { position: string } {
    const zet = (p: string) => this.zet("legend", (g) => (g.legenda = p));
    return {
      set position(p: string) {
        zet(p);
      },
    } as { position: string };
  }
  get axes(): { valueAxis: { numberFormat: string } } {
    const zet = (f: string) => this.zet("axes/valueAxis/numberFormat", (g) => (g.asNotatie = f), "1.8");
    return {
      valueAxis: {
        set numberFormat(f: string) {
          zet(f);
        },
      } as { numberFormat: string },
    };
  }
  get series(): { getItemAt(i: number): ChartSeries; add(naam?: string): ChartSeries } {
    const ctx = this.ctx;
    const zoek = this.zoek;
    return {
      getItemAt: (i: number) =>
        new ChartSeries(ctx, () => {
          const { b, g } = zoek();
          const r = g.reeksen[i];
          if (!r) throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
          return { b, r };
        }),
      add: (naam?: string) => {
        let r: Grafiek["reeksen"][number] | undefined;
        ctx.zet({ soort: "ChartSeriesCollection", add: naam ?? "" }, () => {
          vereist("1.7", "ChartSeriesCollection.add");
          r = { ...(naam ? { naam } : {}) };
          zoek().g.reeksen.push(r);
        });
        return new ChartSeries(ctx, () => {
          if (!r) throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
          return { b: zoek().b, r };
        });
      },
    };
  }
  setPosition(van: string, tot?: string): void {
    this.zet("setPosition", (g, b) => {
      const a = celVlak(b, van);
      const z = celVlak(b, tot ?? van);
      g.van = vakAdres(parseVak(van));
      g.tot = tot ? vakAdres(parseVak(tot)) : undefined;
      g.left = a.left;
      g.top = a.top;
      if (tot) {
        // The end cell is covered entirely.
        g.width = z.right - a.left;
        g.height = z.bottom - a.top;
      }
    });
  }
  delete(): void {
    this.ctx.zet({ soort: "Chart", delete: true }, () => {
      const { b, g } = this.zoek();
      b.grafieken.splice(b.grafieken.indexOf(g), 1);
      state.grafiekAanroepen.push({ soort: "delete", blad: b.naam, naam: g.naam });
    });
  }
}

class Grafieken extends Tekeningen {
  constructor(ctx: RequestContext, bladNaam: string) {
    super(ctx, bladNaam, "ChartCollection");
  }
  add(type: string, bron: Range, seriesBy?: string): Chart {
    let gemaakt: { b: Blad; g: Grafiek } | undefined;
    this.ctx.zet({ soort: "ChartCollection", add: type, seriesBy }, () => {
      const b = blad(this.bladNaam);
      const { b: bb, v } = bron.los();
      if (bb !== b) throw new HostFout("InvalidArgument", "The source is on another sheet.");
      if (!GRAFIEK_TYPEN.includes(type)) throw new HostFout("InvalidArgument", `Unknown chart type ${type}`);
      const kolommen = seriesBy === "Rows" ? v.r1 - v.r0 + 1 : v.c1 - v.c0 + 1;
      const reeksen = Array.from({ length: kolommen }, (_, i) => ({
        waarden: vakAdres(
          seriesBy === "Rows"
            ? { r0: v.r0 + i, r1: v.r0 + i, c0: v.c0, c1: v.c1 }
            : { r0: v.r0, r1: v.r1, c0: v.c0 + i, c1: v.c0 + i },
        ),
      }));
      // Excel's default size and place: 360 × 216 points at the top left.
      const g: Grafiek = {
        naam: `Grafiek ${b.grafieken.length + 1}`,
        type,
        bron: vakAdres(v),
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        reeksen,
      };
      b.grafieken.push(g);
      state.grafiekAanroepen.push({ soort: "add", blad: b.naam, type, bron: g.bron });
      gemaakt = { b, g };
    });
    return new Chart(this.ctx, () => {
      if (!gemaakt) throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
      return gemaakt;
    });
  }
  getItem(naam: string): Chart {
    return new Chart(this.ctx, () => {
      const b = blad(this.bladNaam);
      const g = b.grafieken.find((x) => x.naam.toLowerCase() === naam.toLowerCase());
      if (!g) throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
      return { b, g };
    });
  }
}

class Worksheet extends Proxy {
  protected soort = "Worksheet";
  constructor(
    ctx: RequestContext,
    readonly naam: string,
  ) {
    super(ctx);
  }
  get comments(): Celnotities {
    if (!ondersteunt("1.10")) throw new HostFout("ApiNotFound", "comments needs ExcelApi 1.10");
    return new Celnotities(this.ctx, this.naam, "CommentCollection");
  }
  get notes(): Celnotities {
    if (!ondersteunt("1.18")) throw new HostFout("ApiNotFound", "notes needs ExcelApi 1.18");
    return new Celnotities(this.ctx, this.naam, "NoteCollection");
  }
  get shapes(): Tekeningen {
    if (!ondersteunt("1.9")) throw new HostFout("ApiNotFound", "shapes needs ExcelApi 1.9");
    return new Tekeningen(this.ctx, this.naam, "ShapeCollection");
  }
  get charts(): Grafieken {
    return new Grafieken(this.ctx, this.naam);
  }
  vul(velden: string[]): void {
    for (const v of velden) this.geladen.set(v, this.lees(v));
  }
  protected lees(e: string): unknown {
    const b = blad(this.naam);
    if (e === "name") return b.naam;
    if (e === "visibility") return b.zichtbaarheid;
    if (e === "position") return state.bladen.indexOf(b);
    throw new HostFout("InvalidArgument", `Unknown property ${e}`);
  }
  get name(): string {
    return this.waarde("name");
  }
  get visibility(): string {
    return this.waarde("visibility");
  }
  set visibility(v: string) {
    this.ctx.zet({ id: this.id, zet: "visibility", v }, () => {
      const b = blad(this.naam);
      if (v === "Hidden" || v === "VeryHidden") {
        const zichtbaar = state.bladen.filter((x) => x !== b && x.zichtbaarheid === "Visible");
        if (zichtbaar.length === 0)
          throw new HostFout("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      b.zichtbaarheid = v;
    });
  }
  getRange(adres?: string): Range {
    return new Range(
      this.ctx,
      this.naam,
      () => (adres ? parseVak(adres) : { r0: 0, c0: 0, r1: MAX_RIJ, c1: MAX_KOLOM }),
      {
        getRange: adres ?? "*",
      },
    );
  }
  getRangeByIndexes(r: number, c: number, nr: number, nc: number): Range {
    return new Range(this.ctx, this.naam, () => ({ r0: r, c0: c, r1: r + nr - 1, c1: c + nc - 1 }), {
      getRangeByIndexes: [r, c, nr, nc],
    });
  }
  getUsedRange(alleenWaarden?: boolean): Range {
    return new Range(
      this.ctx,
      this.naam,
      () => gebruiktVak(blad(this.naam), Boolean(alleenWaarden)) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
      { getUsedRange: Boolean(alleenWaarden) },
    );
  }
  activate(): void {
    this.ctx.zet({ id: this.id, activate: true }, () => {
      const b = blad(this.naam);
      if (b.zichtbaarheid !== "Visible")
        throw new HostFout("InvalidOperation", "A hidden sheet cannot be activated.");
      state.actief = b.naam;
    });
  }
  delete(): void {
    this.ctx.zet({ id: this.id, soort: "Worksheet", delete: true }, () => {
      const b = blad(this.naam);
      if (b.zichtbaarheid === "VeryHidden")
        throw new HostFout("InvalidOperation", "A very hidden sheet cannot be deleted.");
      if (
        b.zichtbaarheid === "Visible" &&
        state.bladen.filter((x) => x.zichtbaarheid === "Visible").length === 1
      ) {
        throw new HostFout("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      state.bladen.splice(state.bladen.indexOf(b), 1);
      if (state.actief === b.naam)
        state.actief = state.bladen.find((x) => x.zichtbaarheid === "Visible")?.naam ?? "";
      if (state.selectie?.blad === b.naam) state.selectie = null;
    });
  }
}

class RangeFormat extends Proxy {
  protected soort = "RangeFormat";
  constructor(
    ctx: RequestContext,
    private range: Range,
  ) {
    super(ctx);
  }
  protected lees(e: string): unknown {
    if (e !== "columnWidth") throw new HostFout("InvalidArgument", `Unknown property ${e}`);
    const { b, v } = this.range.los();
    return b.breedtes.get(v.c0) ?? STANDAARD_BREEDTE;
  }
  get columnWidth(): number {
    return this.waarde("columnWidth");
  }
  set columnWidth(w: number) {
    this.ctx.zet({ id: this.range.id, zet: "format/columnWidth", w }, () => {
      const { b, v } = this.range.los();
      for (let c = v.c0; c <= v.c1; c++) b.breedtes.set(c, w);
    });
  }
}

class Range extends Proxy {
  protected soort = "Range";
  format: RangeFormat;
  constructor(
    ctx: RequestContext,
    private bladNaam: string,
    private vak: () => Vak,
    beschrijving: unknown,
  ) {
    super(ctx);
    this.format = new RangeFormat(ctx, this);
    ctx.zet({ id: this.id, blad: bladNaam, bereik: beschrijving }, () => null);
  }
  los(): { b: Blad; v: Vak } {
    const b = blad(this.bladNaam);
    return { b, v: this.vak() };
  }
  protected lees(e: string): unknown {
    const { b, v } = this.los();
    switch (e) {
      case "address":
        return `${b.naam.includes(" ") ? `'${b.naam}'` : b.naam}!${vakAdres(v)}`;
      case "rowIndex":
        return v.r0;
      case "columnIndex":
        return v.c0;
      case "rowCount":
        return v.r1 - v.r0 + 1;
      case "columnCount":
        return v.c1 - v.c0 + 1;
      case "rowHidden": {
        let verborgen = 0;
        for (let r = v.r0; r <= v.r1; r++) if (b.verborgenRijen.has(r)) verborgen++;
        return verborgen === 0 ? false : verborgen === v.r1 - v.r0 + 1 ? true : null;
      }
      case "columnHidden": {
        let verborgen = 0;
        for (let c = v.c0; c <= v.c1; c++) if (b.verborgenKolommen.has(c)) verborgen++;
        return verborgen === 0 ? false : verborgen === v.c1 - v.c0 + 1 ? true : null;
      }
      case "values":
        return matrix(v, (r, c) => {
          const cel = b.cellen.get(sleutel(r, c));
          return cel?.waarde ?? "";
        });
      case "formulas":
        return matrix(v, (r, c) => {
          const cel = b.cellen.get(sleutel(r, c));
          return cel?.formule ?? cel?.waarde ?? "";
        });
      case "numberFormat":
        return matrix(v, (r, c) => b.cellen.get(sleutel(r, c))?.notatie ?? "General");
      default:
        throw new HostFout("InvalidArgument", `Unknown property ${e}`);
    }
  }
  get address(): string {
    return this.waarde("address");
  }
  get rowIndex(): number {
    return this.waarde("rowIndex");
  }
  get columnIndex(): number {
    return this.waarde("columnIndex");
  }
  get rowCount(): number {
    return this.waarde("rowCount");
  }
  get columnCount(): number {
    return this.waarde("columnCount");
  }
  get rowHidden(): boolean {
    return this.waarde("rowHidden");
  }
  get columnHidden(): boolean {
    return this.waarde("columnHidden");
  }
  get values(): Waarde[][] {
    return this.waarde("values");
  }
  set values(m: unknown[][]) {
    this.typ("values", m);
  }
  get formulas(): Waarde[][] {
    return this.waarde("formulas");
  }
  set formulas(m: unknown[][]) {
    this.typ("formulas", m);
  }
  /**
   * Setting values or formulas is typing into the cells: Excel reads "=…" as a formula and text as
   * a number where it can, except in a cell formatted as text, which keeps what is written.
   */
  private typ(eigenschap: "values" | "formulas", m: unknown[][]): void {
    this.ctx.zet({ id: this.id, zet: eigenschap, m }, () => {
      const { b, v } = this.los();
      zetMatrix(b, v, m, eigenschap, (cel, x) => {
        const i = cel.notatie === "@" && typeof x === "string" ? { waarde: x } : invoer(x);
        cel.waarde = i.waarde;
        if (i.formule) cel.formule = i.formule;
        else delete cel.formule;
      });
    });
  }
  get numberFormat(): string[][] {
    return this.waarde("numberFormat");
  }
  set numberFormat(m: unknown[][]) {
    this.ctx.zet({ id: this.id, zet: "numberFormat", m }, () => {
      const { b, v } = this.los();
      zetMatrix(b, v, m, "numberFormat", (cel, x) => {
        if (x === "General") delete cel.notatie;
        else cel.notatie = String(x);
      });
    });
  }
  clear(soort: string = "All"): void {
    this.ctx.zet({ id: this.id, clear: soort }, () => {
      const { b, v } = this.los();
      for (const [r, c, cel] of bestaandeCellen(b, v)) {
        if (soort === "All" || soort === "Contents") {
          cel.waarde = null;
          delete cel.formule;
        }
        if (soort === "All" || soort === "Formats") {
          delete cel.notatie;
          delete cel.stijl;
        }
        schrijfCel(b, r, c, () => undefined);
      }
    });
  }
  copyFrom(bron: Range | string, soort: string = "All"): void {
    if (typeof bron === "string")
      throw new HostFout("InvalidArgument", "The test host copies from Range objects only.");
    this.ctx.zet({ id: this.id, copyFrom: bron.id, soort }, () => {
      const { b, v } = this.los();
      const van = bron.los();
      const rijen = van.v.r1 - van.v.r0;
      const kolommen = van.v.c1 - van.v.c0;
      const doel: Vak = { r0: v.r0, c0: v.c0, r1: v.r0 + rijen, c1: v.c0 + kolommen };
      const kopie = new Map<string, Cel>();
      for (const [r, c, cel] of bestaandeCellen(van.b, van.v)) {
        if (cel.formule && (doel.r0 !== van.v.r0 || doel.c0 !== van.v.c0)) {
          // Excel would shift relative references; the adapter only copies to the same address.
          throw new HostFout("InvalidArgument", "The test host copies formulas to the same address only.");
        }
        kopie.set(sleutel(r - van.v.r0 + doel.r0, c - van.v.c0 + doel.c0), JSON.parse(JSON.stringify(cel)));
      }
      for (const [r, c, cel] of bestaandeCellen(b, doel)) {
        if (soort === "All" || soort === "Formulas" || soort === "Values") {
          cel.waarde = null;
          delete cel.formule;
        }
        if (soort === "All" || soort === "Formats") {
          delete cel.notatie;
          delete cel.stijl;
        }
        schrijfCel(b, r, c, () => undefined);
      }
      for (const [k, cel] of kopie) {
        const [r, c] = k.split(",").map(Number);
        schrijfCel(b, r, c, (doelCel) => {
          if (soort === "All" || soort === "Formulas") {
            doelCel.waarde = cel.waarde;
            if (cel.formule) doelCel.formule = cel.formule;
          }
          if (soort === "Values") doelCel.waarde = cel.waarde;
          if (soort === "All" || soort === "Formats") {
            if (cel.notatie) doelCel.notatie = cel.notatie;
            if (cel.stijl) doelCel.stijl = cel.stijl;
          }
        });
      }
    });
  }
  setCellProperties(m: { format?: Record<string, unknown> }[][]): void {
    this.ctx.zet({ id: this.id, setCellProperties: m }, () => {
      const { b, v } = this.los();
      zetMatrix(b, v, m, "cellProperties", (cel, x) => {
        const f = (x as { format?: Record<string, unknown> }).format;
        if (!f) return;
        const stijl: CelStijl = { ...(cel.stijl ?? {}) };
        const font = f.font as { bold?: boolean; italic?: boolean; color?: string } | undefined;
        if (font?.bold !== undefined) stijl.vet = font.bold;
        if (font?.italic !== undefined) stijl.cursief = font.italic;
        if (font?.color) stijl.kleur = font.color;
        const fill = f.fill as { color?: string } | undefined;
        if (fill?.color) stijl.vulling = fill.color;
        if (typeof f.horizontalAlignment === "string") stijl.uitlijning = f.horizontalAlignment;
        const randen = f.borders as Record<string, { style?: string }> | undefined;
        if (randen) {
          stijl.randen = { ...(stijl.randen ?? {}) };
          for (const [k, r] of Object.entries(randen)) {
            if (!["top", "bottom", "left", "right"].includes(k))
              throw new HostFout("InvalidArgument", `Unknown border ${k}`);
            stijl.randen[k] = r.style ?? "Continuous";
          }
        }
        cel.stijl = stijl;
      });
    });
  }
  getRowProperties(opties: Record<string, unknown>): ClientResult<Record<string, unknown>[]> {
    const uit = new ClientResult<Record<string, unknown>[]>();
    this.ctx.zet({ id: this.id, getRowProperties: opties }, () => {
      const { b, v } = this.los();
      const rijen: Record<string, unknown>[] = [];
      for (let r = v.r0; r <= v.r1; r++) {
        const p: Record<string, unknown> = {};
        if (opties.rowIndex) p.rowIndex = r;
        if (opties.rowHidden) p.rowHidden = b.verborgenRijen.has(r);
        if ((opties.format as { rowHeight?: boolean } | undefined)?.rowHeight)
          p.format = { rowHeight: b.hoogtes.get(r) ?? STANDAARD_HOOGTE };
        rijen.push(p);
      }
      uit.zet(rijen);
      return rijen;
    });
    return uit;
  }
  getColumnProperties(opties: {
    columnIndex?: boolean;
    columnHidden?: boolean;
    format?: { columnWidth?: boolean };
  }) {
    const uit = new ClientResult<Record<string, unknown>[]>();
    this.ctx.zet({ id: this.id, getColumnProperties: opties }, () => {
      const { b, v } = this.los();
      const kolommen: Record<string, unknown>[] = [];
      for (let c = v.c0; c <= v.c1; c++) {
        const p: Record<string, unknown> = {};
        if (opties.columnIndex) p.columnIndex = c;
        if (opties.columnHidden) p.columnHidden = b.verborgenKolommen.has(c);
        if (opties.format?.columnWidth) p.format = { columnWidth: b.breedtes.get(c) ?? STANDAARD_BREEDTE };
        kolommen.push(p);
      }
      uit.zet(kolommen);
      return kolommen;
    });
    return uit;
  }
  select(): void {
    this.ctx.zet({ id: this.id, select: true }, () => {
      const { b, v } = this.los();
      if (state.actief !== b.naam)
        throw new HostFout("InvalidSelection", "The current selection is invalid for this operation.");
      state.selectie = { blad: b.naam, adres: vakAdres(v) };
      vuurSelectie();
    });
  }
}

/** Workbook names are case-insensitive in Excel ("Saldo" and "SALDO" are one name). */
function zoekNaam(naam: string): string | undefined {
  return [...state.namen.keys()].find((n) => n.toLowerCase() === naam.toLowerCase());
}

/** The absolute reference Excel stores for a name given a range: ='Begroting 2023'!$B$8:$B$12. */
function naamVerwijzing(r: Range): string {
  const { b, v } = r.los();
  const abs = (rij: number, kolom: number) => `$${kolomLetters(kolom)}$${rij + 1}`;
  const vak = v.r0 === v.r1 && v.c0 === v.c1 ? abs(v.r0, v.c0) : `${abs(v.r0, v.c0)}:${abs(v.r1, v.c1)}`;
  const blad = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(b.naam) ? b.naam : `'${b.naam.replace(/'/g, "''")}'`;
  return `=${blad}!${vak}`;
}

class NamedItem {
  constructor(
    private ctx: RequestContext,
    private naam: string,
    private geladen: Record<string, unknown> = {},
    /** From getItemOrNullObject: a missing name is a null object, not an error. */
    private ofNull = false,
  ) {}
  get name(): string {
    return this.naam;
  }
  get isNullObject(): boolean {
    if (!("isNullObject" in this.geladen)) throw nietGeladen("isNullObject");
    return this.geladen.isNullObject as boolean;
  }
  load(_eigenschappen?: string): this {
    this.ctx.zet({ naam: this.naam, laad: true }, () => {
      const bestaand = zoekNaam(this.naam);
      if (bestaand === undefined && !this.ofNull)
        throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
      this.naam = bestaand ?? this.naam;
      this.geladen = {
        isNullObject: bestaand === undefined,
        ...(bestaand !== undefined ? { formula: state.namen.get(bestaand) } : {}),
      };
      return this.geladen;
    });
    return this;
  }
  get formula(): string {
    if (!("formula" in this.geladen)) throw nietGeladen("formula");
    return this.geladen.formula as string;
  }
  set formula(f: string) {
    this.ctx.zet({ naam: this.naam, zet: "formula", f }, () => {
      const bestaand = zoekNaam(this.naam);
      if (bestaand === undefined) throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
      state.namen.set(bestaand, f);
    });
  }
  delete(): void {
    this.ctx.zet({ naam: this.naam, delete: true }, () => {
      const bestaand = zoekNaam(this.naam);
      if (bestaand === undefined) throw new HostFout("ItemNotFound", "The requested resource doesn't exist.");
      state.namen.delete(bestaand);
    });
  }
}

class NamedItemCollection extends Verzameling<NamedItem> {
  protected soort = "NamedItemCollection";
  override load(eigenschappen?: string): this {
    const velden = this.velden(eigenschappen);
    this.ctx.zet({ id: this.id, soort: this.soort, laad: velden }, () => {
      this._items = [...state.namen].map(
        ([naam, formule]) =>
          new NamedItem(this.ctx, naam, velden.includes("formula") ? { formula: formule } : {}),
      );
      return [...state.namen];
    });
    return this;
  }
  getItem(naam: string): NamedItem {
    return new NamedItem(this.ctx, naam);
  }
  getItemOrNullObject(naam: string): NamedItem {
    return new NamedItem(this.ctx, naam, {}, true);
  }
  add(naam: string, verwijzing: string | Range): NamedItem {
    this.ctx.zet({ add: naam, verwijzing: typeof verwijzing === "string" ? verwijzing : "(range)" }, () => {
      if (zoekNaam(naam) !== undefined)
        throw new HostFout(
          "ItemAlreadyExists",
          "A resource with the same name or identifier already exists.",
        );
      // Excel stores a range as an absolute reference on its sheet (workbook scope).
      const formule =
        typeof verwijzing === "string"
          ? verwijzing.startsWith("=")
            ? verwijzing
            : "=" + verwijzing
          : naamVerwijzing(verwijzing);
      state.namen.set(naam, formule);
    });
    return new NamedItem(this.ctx, naam);
  }
}

// ---------------------------------------------------------------------------------------------
// The globals the page expects from office.js.

/** Excel.run(batch), or Excel.run(context, batch) to continue on an earlier context (events). */
async function run<T>(
  eerste: RequestContext | ((context: RequestContext) => Promise<T>),
  tweede?: (context: RequestContext) => Promise<T>,
): Promise<T> {
  const werk = typeof eerste === "function" ? eerste : tweede;
  if (!werk) throw new HostFout("InvalidArgument", "Excel.run needs a batch function.");
  const ctx = typeof eerste === "function" ? new RequestContext() : eerste;
  const uitkomst = await werk(ctx);
  if (ctx.wacht > 0) await ctx.sync();
  return uitkomst;
}

/** The ExcelApi version this host claims (default 1.12); "1.9" < "1.12" as versions, not as numbers. */
const versie = String(config.versie ?? "1.12");
function ondersteunt(gevraagd: string): boolean {
  const [a, b] = gevraagd.split(".").map(Number);
  const [x, y] = versie.split(".").map(Number);
  return a < x || (a === x && (b || 0) <= y);
}
const info = { host: "Excel", platform: "OfficeOnline" };
const g = window as unknown as Record<string, unknown>;
g.Excel = { run, HorizontalAlignment: { left: "Left", center: "Center", right: "Right" } };
g.OfficeExtension = { ClientResult, Error: HostFout };
g.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady: (cb?: (i: typeof info) => void) => {
    if (cb) setTimeout(() => cb(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: "nl-NL",
    requirements: {
      isSetSupported: (naam: string, v?: string) => naam === "ExcelApi" && ondersteunt(v ?? "1.1"),
    },
    officeTheme: config.officeThema,
  },
  actions: { associate: () => undefined },
};
laadWerkmap(g.__ONTPLOOJ_WERKMAP__ as WerkmapJson | undefined);

/** What the test reads and steers. */
g.__ontploojHost = {
  get syncs() {
    return state.syncs;
  },
  resetTellers() {
    state.syncs = 0;
    state.grootsteVerzoek = 0;
    state.grootsteAntwoord = 0;
    state.verzoeken = [];
    state.gebeurtenissen = { selectie: 0, wijziging: 0 };
  },
  get grootsteVerzoek() {
    return state.grootsteVerzoek;
  },
  get grootsteAntwoord() {
    return state.grootsteAntwoord;
  },
  get verzoeken() {
    return state.verzoeken;
  },
  get selectie() {
    return state.selectie;
  },
  get actief() {
    return state.actief;
  },
  /** The user selects cells in Excel (activates the sheet), e.g. before Koppelen; fires the event. */
  selecteer(blad: string, adres: string) {
    const b = zoekBlad(blad);
    if (!b) throw new Error(`geen blad ${blad}`);
    state.actief = b.naam;
    state.selectie = { blad: b.naam, adres: vakAdres(parseVak(adres)) };
    vuurSelectie();
  },
  /** The user types a value into a cell (a number, text or "=formula"); fires onChanged. */
  typ(blad: string, adres: string, waarde: unknown) {
    const b = zoekBlad(blad);
    if (!b) throw new Error(`geen blad ${blad}`);
    const v = parseVak(adres);
    schrijfCel(b, v.r0, v.c0, (cel) => {
      const i = invoer(waarde);
      cel.waarde = i.waarde;
      if (i.formule) cel.formule = i.formule;
      else delete cel.formule;
    });
    vuur("onChanged", { type: "WorksheetChanged", address: adres, worksheetId: blad, source: "Local" });
  },
  /** How many event handlers the panel has registered now. */
  get luisteraars() {
    return state.luisteraars.length;
  },
  get gebeurtenissen() {
    return { ...state.gebeurtenissen };
  },
  /** Removes a sheet behind the panel's back (as a user could), to test error messages. */
  verwijderBlad(naam: string) {
    const b = zoekBlad(naam);
    if (b) state.bladen.splice(state.bladen.indexOf(b), 1);
  },
  zetPayloadLimiet(n: number) {
    state.payloadLimiet = n;
  },
  bladen() {
    return state.bladen.map((b) => ({ naam: b.naam, zichtbaarheid: b.zichtbaarheid }));
  },
  namen() {
    return Object.fromEntries(state.namen);
  },
  /** A sheet's full state, sorted, for before/after comparisons. */
  blad(naam: string) {
    const b = zoekBlad(naam);
    if (!b) return null;
    const cellen = [...b.cellen]
      .map(([k, c]) => {
        const [r, col] = k.split(",").map(Number);
        return { adres: a1(r, col), r, c: col, ...c };
      })
      .sort((x, y) => x.r - y.r || x.c - y.c)
      .map(({ r: _r, c: _c, ...rest }) => rest);
    return {
      naam: b.naam,
      zichtbaarheid: b.zichtbaarheid,
      cellen,
      breedtes: Object.fromEntries([...b.breedtes].map(([k, w]) => [kolomLetters(k), w])),
    };
  },
  /** A sheet's charts as the adapter left them (name, type, source, series, anchor cells). */
  grafieken(naam: string) {
    return (
      zoekBlad(naam)?.grafieken.map((g) => ({ ...g, reeksen: g.reeksen.map((r) => ({ ...r })) })) ?? null
    );
  },
  /** Every charts.add and chart delete since the page opened. */
  get grafiekAanroepen() {
    return state.grafiekAanroepen.map((a) => ({ ...a }));
  },
  /** Runs a batch in the page (for tests that drive the adapter without the panel). */
  run,
};

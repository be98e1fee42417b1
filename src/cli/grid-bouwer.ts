// Cells (in any order) → a bounded Grid. The core's Grid is a dense rectangle per sheet, so a
// single cell in column XFD would otherwise make every row 16,384 wide (a 76 KB file took 3.8 GB).
// Rule: when a sheet's rows together would exceed LEESLIMIETEN.gridCellen slots, its used columns
// are split into blocks wherever more than KOLOM_GAT empty columns lie between them; the block
// with the most cells is kept (the leftmost on a tie) and the other cells are not read. Readers
// find their tables by labels in adjacent columns, so a block that far away cannot be part of the
// table they read; and nothing goes silently: the caller is told which cells were set aside
// (`meld`). A sheet still too large after that is refused.
import { adres, celSleutel, type CelWaarde, type Grid } from "../core/grid";
import { voortgang } from "./voortgang";
import { LEESLIMIETEN } from "./xlsx-pakket";

/** Empty columns between two blocks of a sheet that make them separate blocks. */
export const KOLOM_GAT = 50;

/** Told (in Dutch, with the first cell and a count, never a value) what was not read. */
export type Melder = (tekst: string) => void;

/** The CLI's melder: stderr, so --json output on stdout stays clean. */
export function meldOpStderr(tekst: string): void {
  voortgang().wis();
  process.stderr.write(`Let op: ${tekst}\n`);
}

export class GridBouwer {
  private readonly rijen: number[] = [];
  private readonly kolommen: number[] = [];
  private readonly waarden: CelWaarde[] = [];
  private readonly formules: (string | null)[] = [];
  private readonly datums = new Set<number>();
  readonly verborgenRijen: number[] = [];
  readonly verborgenKolommen = new Set<number>();

  constructor(readonly blad: string) {}

  get aantal(): number {
    return this.rijen.length;
  }

  /** A cell with a value or a formula (empty cells are not added). */
  cel(rij: number, kolom: number, waarde: CelWaarde, formule: string | null, datum = false): void {
    if (waarde === null && formule === null) return;
    this.rijen.push(rij);
    this.kolommen.push(kolom);
    this.waarden.push(waarde);
    this.formules.push(formule);
    if (datum && typeof waarde === "number") this.datums.add(celSleutel(rij, kolom));
  }

  /** Drops cells for which `weg` is true (e.g. the hidden parts of merged cells). */
  filter(weg: (rij: number, kolom: number) => boolean): void {
    let j = 0;
    for (let i = 0; i < this.rijen.length; i++) {
      if (weg(this.rijen[i], this.kolommen[i])) continue;
      this.rijen[j] = this.rijen[i];
      this.kolommen[j] = this.kolommen[i];
      this.waarden[j] = this.waarden[i];
      this.formules[j] = this.formules[i];
      j++;
    }
    for (const a of [this.rijen, this.kolommen, this.waarden, this.formules]) a.length = j;
  }

  /** Sum of row widths (with one slot per empty row) for the cells whose column passes `houd`. */
  private dichtheid(houd: (kolom: number) => boolean): { slots: number; minRij: number; minKolom: number } {
    const laatste = new Map<number, number>();
    let minRij = Infinity;
    let maxRij = -1;
    let minKolom = Infinity;
    for (let i = 0; i < this.rijen.length; i++) {
      const k = this.kolommen[i];
      if (!houd(k)) continue;
      const r = this.rijen[i];
      if (k < minKolom) minKolom = k;
      if (r < minRij) minRij = r;
      if (r > maxRij) maxRij = r;
      const l = laatste.get(r);
      if (l === undefined || k > l) laatste.set(r, k);
    }
    let slots = maxRij < 0 ? 0 : maxRij - minRij + 1 - laatste.size;
    for (const k of laatste.values()) slots += k - minKolom + 1;
    return { slots, minRij, minKolom };
  }

  /** The grid; throws (Dutch) when even the kept block is beyond the limit. */
  bouw(meld?: Melder): Grid {
    let houd: (kolom: number) => boolean = () => true;
    let maat = this.dichtheid(houd);
    if (maat.slots > LEESLIMIETEN.gridCellen) {
      const blok = this.grootsteBlok();
      houd = (k) => k >= blok.van && k <= blok.tot;
      maat = this.dichtheid(houd);
      let weg = 0;
      let eerste: { r: number; k: number } | undefined;
      for (let i = 0; i < this.rijen.length; i++) {
        if (houd(this.kolommen[i])) continue;
        weg++;
        const r = this.rijen[i];
        const k = this.kolommen[i];
        if (!eerste || r < eerste.r || (r === eerste.r && k < eerste.k)) eerste = { r, k };
      }
      if (maat.slots > LEESLIMIETEN.gridCellen) {
        throw new Error(
          `blad '${this.blad}' is te groot om te lezen (meer dan ${LEESLIMIETEN.gridCellen.toLocaleString("nl-NL")} cellen in het gebruikte bereik): verwijder lege rijen en kolommen of splits het blad`,
        );
      }
      if (eerste) {
        meld?.(
          `${this.blad}!${adres(eerste.r, eerste.k)}: ${weg.toLocaleString("nl-NL")} cel(len) ver buiten de tabel (meer dan ${KOLOM_GAT} lege kolommen ertussen) zijn niet gelezen; zet ze dichter bij de tabel als ze meetellen`,
        );
      }
    }
    const basis = {
      blad: this.blad,
      ...(this.verborgenRijen.length > 0 ? { verborgenRijen: this.verborgenRijen } : {}),
      ...(this.verborgenKolommen.size > 0
        ? { verborgenKolommen: [...this.verborgenKolommen].sort((a, b) => a - b) }
        : {}),
    };
    if (maat.slots === 0) return { ...basis, startRij: 0, startKolom: 0, waarden: [[]], formules: [[]] };
    const { minRij, minKolom } = maat;
    const waarden: CelWaarde[][] = [];
    const formules: (string | null)[][] = [];
    const datumCellen = new Set<number>();
    for (let i = 0; i < this.rijen.length; i++) {
      const k = this.kolommen[i];
      if (!houd(k)) continue;
      const r = this.rijen[i] - minRij;
      while (waarden.length <= r) {
        waarden.push([]);
        formules.push([]);
      }
      const rij = waarden[r];
      const fRij = formules[r];
      const j = k - minKolom;
      while (rij.length < j) rij.push(null);
      while (fRij.length < j) fRij.push(null);
      rij[j] = this.waarden[i];
      fRij[j] = this.formules[i];
      const sleutel = celSleutel(this.rijen[i], k);
      if (this.datums.has(sleutel)) datumCellen.add(sleutel);
    }
    for (let r = 0; r < waarden.length; r++) {
      while (formules[r].length < waarden[r].length) formules[r].push(null);
    }
    return {
      ...basis,
      startRij: minRij,
      startKolom: minKolom,
      waarden,
      formules,
      ...(datumCellen.size > 0 ? { datumCellen } : {}),
    };
  }

  /** The block of adjacent used columns (gaps of at most KOLOM_GAT) that holds the most cells. */
  private grootsteBlok(): { van: number; tot: number } {
    const perKolom = new Map<number, number>();
    for (const k of this.kolommen) perKolom.set(k, (perKolom.get(k) ?? 0) + 1);
    const kolommen = [...perKolom.keys()].sort((a, b) => a - b);
    let beste = { van: kolommen[0], tot: kolommen[0], cellen: -1 };
    let huidig = { van: kolommen[0], tot: kolommen[0], cellen: 0 };
    for (const k of kolommen) {
      if (k - huidig.tot > KOLOM_GAT + 1) {
        if (huidig.cellen > beste.cellen) beste = huidig;
        huidig = { van: k, tot: k, cellen: 0 };
      }
      huidig.tot = k;
      huidig.cellen += perKolom.get(k)!;
    }
    if (huidig.cellen > beste.cellen) beste = huidig;
    return beste;
  }
}

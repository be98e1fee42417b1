// The adapter's part of section Uitleg: the active cell read without a sync of its own, the check
// whether a workbook read earlier still matches it, and the event handlers registered in one sync.
import type { Werkboek } from "../../src/core/grid";
import { aantalSyncs, kloptMetWerkboek, stopVolgen, volgWerkmap, vraagActieveCel } from "../../src/excel";

/** A request context with only what these functions touch; sync() applies the queued loads. */
function nepContext(actief: { address: string; formulas: unknown[][]; values: unknown[][] }) {
  const wachtrij: (() => void)[] = [];
  const geladen: Partial<typeof actief> = {};
  const cel = {
    load: () => wachtrij.push(() => Object.assign(geladen, actief)),
    get address() {
      if (!geladen.address) throw new Error("PropertyNotLoaded");
      return geladen.address;
    },
    get formulas() {
      return geladen.formulas!;
    },
    get values() {
      return geladen.values!;
    },
  };
  const luisteraars: string[] = [];
  const verwijderd: string[] = [];
  const handlers = (soort: string) => ({
    add: () => {
      wachtrij.push(() => luisteraars.push(soort));
      return { remove: () => wachtrij.push(() => verwijderd.push(soort)) };
    },
  });
  const context = {
    workbook: {
      getActiveCell: () => cel,
      worksheets: {
        onSelectionChanged: handlers("selectie"),
        onChanged: handlers("wijziging"),
        onAdded: handlers("toegevoegd"),
        onDeleted: handlers("verwijderd"),
      },
    },
    sync: async () => {
      for (const f of wachtrij.splice(0)) f();
    },
  };
  return { context: context as unknown as Excel.RequestContext, luisteraars, verwijderd };
}

const WERKBOEK: Werkboek = {
  bladen: [
    {
      blad: "Eindafrekening",
      startRij: 0,
      startKolom: 0,
      waarden: [
        ["Saldo", 1234.56],
        ["Tekst", "€ 7.150,-"],
      ],
      formules: [
        [null, "=C5-C6"],
        [null, null],
      ],
    },
  ],
};

describe("selectie", () => {
  it("leest de actieve cel (blad met aanhalingstekens, formule, waarde) in de sync van de aanroeper", async () => {
    const { context } = nepContext({
      address: "'Bijlage 1''s'!$D$12",
      formulas: [["=SOM(A1:A3)"]],
      values: [[12.5]],
    });
    const voor = aantalSyncs();
    const lees = vraagActieveCel(context);
    expect(aantalSyncs()).toBe(voor);
    await context.sync();
    expect(lees()).toEqual({ blad: "Bijlage 1's", cel: "D12", formule: "=SOM(A1:A3)", waarde: 12.5 });
  });

  it("geeft een lege cel als null en een getypeerde waarde zonder formule", async () => {
    const { context } = nepContext({ address: "Blad1!B2", formulas: [["tekst"]], values: [[""]] });
    const lees = vraagActieveCel(context);
    await context.sync();
    expect(lees()).toEqual({ blad: "Blad1", cel: "B2", formule: null, waarde: null });
  });

  it("ziet wanneer een eerder gelezen werkmap de formule of waarde van de actieve cel niet meer bevat", () => {
    const cel = { blad: "eindafrekening", cel: "B1", formule: "=C5-C6", waarde: 99 };
    // A formula cell is compared by its formula: its result may recalculate without an edit.
    expect(kloptMetWerkboek(WERKBOEK, cel)).toBe(true);
    expect(kloptMetWerkboek(WERKBOEK, { ...cel, formule: "=C5-C7" })).toBe(false);
    expect(kloptMetWerkboek(WERKBOEK, { ...cel, formule: null, waarde: 1234.56 })).toBe(false);
    expect(kloptMetWerkboek(WERKBOEK, { ...cel, cel: "B2", formule: null, waarde: "€ 7.150,-" })).toBe(true);
    expect(kloptMetWerkboek(WERKBOEK, { ...cel, cel: "B2", formule: null, waarde: "€ 7.151,-" })).toBe(false);
    expect(kloptMetWerkboek(WERKBOEK, { ...cel, cel: "Z99", formule: null, waarde: null })).toBe(true);
    expect(kloptMetWerkboek(WERKBOEK, { ...cel, cel: "Z99", formule: null, waarde: 3 })).toBe(false);
    // A sheet the read left out (the add-in's own) has nothing to compare.
    expect(
      kloptMetWerkboek(WERKBOEK, { blad: "Ontplooj_Herstel", cel: "A1", formule: null, waarde: 1 }),
    ).toBe(true);
  });

  it("registreert de handlers voor selectie en wijziging in één sync en verwijdert ze in één", async () => {
    const { context, luisteraars, verwijderd } = nepContext({
      address: "A!A1",
      formulas: [[""]],
      values: [[""]],
    });
    const voor = aantalSyncs();
    const registraties = await volgWerkmap(context, {
      bijSelectie: () => undefined,
      bijWijziging: () => undefined,
    });
    expect(aantalSyncs() - voor).toBe(1);
    expect(luisteraars.sort()).toEqual(["selectie", "toegevoegd", "verwijderd", "wijziging"]);
    await stopVolgen(context, registraties);
    expect(aantalSyncs() - voor).toBe(2);
    expect(verwijderd.sort()).toEqual(["selectie", "toegevoegd", "verwijderd", "wijziging"]);
  });
});

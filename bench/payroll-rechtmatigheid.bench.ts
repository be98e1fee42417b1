// Register and bank-file matching (issue 13): transactions per second at 10k and 100k people
// (1M with BENCH_MILJOEN=1: its pain.001 text is ~450 MB, near V8's string limit, too heavy for
// the shared 2-core machine by default), growth per tenfold, and the process's peak memory.
// The figures are what the register + bank file add to the plain batch check (the difference).
import { batchRijen, maakPersonen, type VoorbeeldBatch } from "../src/cli/loonbatch-voorbeeld";
import { betalingenVan, painXml, REKENING_ALMELO } from "../src/cli/rechtmatigheid-voorbeeld";
import { controleerBetaalbatch, dagVan, leesSepa } from "../src/core/payroll";
import type { CelWaarde, Grid } from "../src/core/grid";
import { meet } from "./meet";

function registerGrid(b: VoorbeeldBatch): Grid {
  const rijen: CelWaarde[][] = [
    ["Rekening gemeente", REKENING_ALMELO],
    [],
    ["Personeelsnummer", "BSN", "Naam", "Regeling", "Gemeente", "Datum in dienst", "Parttimefactor"],
  ];
  const sinds = dagVan(2015, 3, 1)!;
  for (const r of b.regels)
    rijen.push([
      r.personeelsnummer,
      r.bsn,
      r.naam,
      r.regeling,
      "Almelo",
      sinds,
      (r.parttimefactor as number) / 1e6,
    ]);
  return { blad: "Personeelsregister", startRij: 0, startKolom: 0, waarden: rijen };
}

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

export async function run(): Promise<void> {
  const groottes = process.env.BENCH_MILJOEN === "1" ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
  let vorige: { n: number; extraMs: number } | null = null;
  for (const n of groottes) {
    const batch: VoorbeeldBatch = { gemeente: "Almelo", periode: "2026-10", regels: maakPersonen(n, 42) };
    const grid: Grid = {
      blad: "Betaalbatch",
      startRij: 0,
      startKolom: 0,
      waarden: batchRijen(batch, "xlsx"),
    };
    const register = registerGrid(batch);
    const xml = new TextEncoder().encode(
      painXml({
        versie: "pain.001.001.09",
        berichtId: "BENCH",
        aangemaakt: "2026-10-20T09:00:00",
        debiteur: { naam: "Gemeente Almelo", iban: REKENING_ALMELO, bic: "ONTPNL2A" },
        uitvoerdatum: "2026-10-23",
        betalingen: betalingenVan(batch),
      }),
    );
    const opties = { register, betaalbestand: { naam: "bench.xml", inhoud: xml } };
    // Sanity: a clean batch, register and bank file, so the normal path is measured.
    const controle = controleerBetaalbatch(grid, opties);
    if (controle.bevindingen.length !== 0 || controle.samenvatting.betaalbestand?.gekoppeld !== n)
      throw new Error(`bench onverwacht: ${controle.bevindingen.length} bevindingen`);
    const ms = n >= 1_000_000 ? 1 : 3000;
    const kaal = meet("batch", () => controleerBetaalbatch(grid), ms);
    const vol = meet("batch + register + betaalbestand", () => controleerBetaalbatch(grid, opties), ms);
    const parse = meet("pain.001 lezen", () => leesSepa(xml), ms);
    const extraMs = vol.gemiddeldMs - kaal.gemiddeldMs;
    const perTx = (n / extraMs) * 1000;
    const f = (x: number) => Math.round(x).toLocaleString("nl-NL");
    console.log(
      `${n.toLocaleString("nl-NL").padStart(9)} personen: register + betaalbestand ${f(perTx).padStart(9)} transacties/s ` +
        `(${extraMs.toFixed(0)} ms bovenop ${kaal.gemiddeldMs.toFixed(0)} ms batch; alleen pain.001 lezen ${f((n / parse.gemiddeldMs) * 1000)} tx/s, ` +
        `${mb(xml.length)} XML)` +
        (vorige ? `; tijd ×${(extraMs / vorige.extraMs).toFixed(1)} bij ×${n / vorige.n} transacties` : ""),
    );
    console.log(
      `${"".padStart(9)}  piekgeheugen van het proces tot nu: ${mb(process.resourceUsage().maxRSS * 1024)}`,
    );
    vorige = { n, extraMs };
  }
}

// Section "Loonbatch": checks a payment batch sheet against the previous batch, bijlage 1, the
// personnel register sheet and the bank file (pain.001) the user picks from disk. The bank file is
// read here, in the browser (File.arrayBuffer), and checked by the core like the sheets: it is
// never sent anywhere.
// Everything shown comes from the core already masked: no BSN, name or IBAN in plain text. The
// panel passes every text it shows through the same exit mask as the CLI once more (control
// characters, BSN and IBAN shapes), so a text the core would forget still shows nothing personal.
import { useEffect, useId, useMemo, useState } from "react";
import { Button, Field, Input, Label, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Bevinding } from "../../core/findings";
import { labelIs } from "../../core/labels";
import type { LoonbatchSamenvatting } from "../../core/payroll";
import { Persoonsgegevens } from "../../core/privacy";
import type { LoonbatchUitkomst, TaakvensterDienst } from "../dienst";
import { aantal, bedrag, getal } from "../tekst";
import { formatBedrag } from "../../core/money";
import { BevindingenLijst } from "./BevindingenLijst";
import { useSectieStijl } from "./Controleren";
import { Bezig, Foutmelding } from "./Meldingen";
import { Cel, Tabel } from "./Tabel";
import { useTaak } from "./useTaak";

const GEEN = "";

const masker = new Persoonsgegevens();
const veilig = (t: string | null): string | null => (t === null ? null : masker.maskeerTekst(t));

const useStijl = makeStyles({
  keuzes: { display: "grid", gap: tokens.spacingVerticalS },
  veld: { display: "grid", gap: tokens.spacingVerticalXXS },
  totaal: { fontWeight: tokens.fontWeightSemibold },
  regels: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function Samenvatting({ s: sv }: { s: LoonbatchSamenvatting }) {
  const s = useStijl();
  const controle = `${sv.opgegeven.aantalRegels ?? "?"} regels, ${bedrag(sv.opgegeven.totaalNetto)} netto`;
  return (
    <>
      <Text role="status" weight="semibold">
        Betaalbatch {veilig(sv.gemeente) ?? "(gemeente onbekend)"}, periode {sv.periode ?? "(onbekend)"}:{" "}
        {aantal(sv.aantalRegels, "regel", "regels")}, {aantal(sv.aantalPersonen, "persoon", "personen")}
      </Text>
      <Tabel
        label="Personen en bedragen per regeling"
        koppen={[
          { tekst: "Regeling" },
          { tekst: "Personen", bedrag: true },
          { tekst: "Bruto", bedrag: true },
          { tekst: "Netto", bedrag: true },
        ]}
      >
        {sv.perRegeling.map((r) => (
          <tr key={r.regeling}>
            <Cel>{r.regeling}</Cel>
            <Cel bedrag>{r.personen}</Cel>
            <Cel bedrag>{bedrag(r.bruto)}</Cel>
            <Cel bedrag>{bedrag(r.netto)}</Cel>
          </tr>
        ))}
        <tr>
          <Cel className={s.totaal}>Totaal</Cel>
          <Cel bedrag className={s.totaal}>
            {sv.aantalPersonen}
          </Cel>
          <Cel bedrag className={s.totaal}>
            {bedrag(sv.totaalBruto)}
          </Cel>
          <Cel bedrag className={s.totaal}>
            {bedrag(sv.totaalNetto)}
          </Cel>
        </tr>
      </Tabel>
      <ul className={s.regels}>
        <li>Inhoudingen: {bedrag(sv.totaalInhoudingen)}</li>
        <li>Controletotalen in de kop: {controle}</li>
        <li>
          Mutaties: {sv.mutaties.instroom} instroom, {sv.mutaties.uitstroom} uitstroom,{" "}
          {sv.mutaties.wijziging} wijziging
        </li>
        {sv.vorige && (
          <li>
            Tegen {sv.vorige.periode ?? "de vorige batch"}: {sv.vorige.nieuw} nieuw, {sv.vorige.vertrokken}{" "}
            vertrokken, {sv.vorige.gewijzigd} met gewijzigd loon of parttimefactor
          </li>
        )}
        {sv.register && (
          <li>
            Personeelsregister ({veilig(sv.register.blad)}):{" "}
            {aantal(sv.register.personen, "persoon", "personen")}, {sv.register.inDienstInPeriode} in dienst
            in de periode; {sv.register.gekoppeld} batchregels gevonden
          </li>
        )}
        {sv.betaalbestand && (
          <li>
            Betaalbestand {veilig(sv.betaalbestand.bestand)} (pain.001 versie {sv.betaalbestand.versie}):{" "}
            {aantal(sv.betaalbestand.transacties, "betaling", "betalingen")}, totaal{" "}
            {formatBedrag(sv.betaalbestand.totaal)}; {sv.betaalbestand.gekoppeld} gekoppeld aan een batchregel
          </li>
        )}
        {sv.bijlage1 && (
          <li>
            Bijlage 1 {veilig(sv.bijlage1.gemeente) ?? ""}: verloning begroot{" "}
            {getal(sv.bijlage1.verloningBegroot)}
            {sv.bijlage1.verloningGerealiseerd !== null &&
              `, gerealiseerd ${getal(sv.bijlage1.verloningGerealiseerd)}`}{" "}
            medewerkers; in deze batch {sv.bijlage1.personenInBatch} personen
          </li>
        )}
      </ul>
    </>
  );
}

/** The sheet that most likely holds the batch, the previous one, bijlage 1 and the register. */
function standaardKeuze(bladen: string[]): {
  batch: string;
  vorige: string;
  bijlage1: string;
  register: string;
} {
  const batch =
    bladen.find((b) => labelIs(b, "Betaalbatch")) ??
    bladen.find((b) => /batch/i.test(b)) ??
    bladen[0] ??
    GEEN;
  const vorige = bladen.find((b) => b !== batch && /vorige/i.test(b)) ?? GEEN;
  const bijlage1 = bladen.find((b) => labelIs(b, "Bijlage 1")) ?? GEEN;
  const register = bladen.find((b) => labelIs(b, "Personeelsregister")) ?? GEEN;
  return { batch, vorige, bijlage1, register };
}

export function Loonbatch({ dienst, actief }: { dienst: TaakvensterDienst; actief: boolean }) {
  const s = useSectieStijl();
  const st = useStijl();
  const taak = useTaak();
  const [bladen, setBladen] = useState<string[] | null>(null);
  const [keuze, setKeuze] = useState({ batch: GEEN, vorige: GEEN, bijlage1: GEEN, register: GEEN });
  const [bestand, setBestand] = useState<File | null>(null);
  const [rekening, setRekening] = useState("");
  const bestandId = useId();
  const [uitkomst, setUitkomst] = useState<LoonbatchUitkomst | null>(null);
  const bevindingen = useMemo(() => uitkomst?.bevindingen.map((b) => masker.beveilig(b)) ?? [], [uitkomst]);

  const haalBladen = async () => {
    const namen = await taak.voerUit(() => dienst.bladen());
    if (namen) {
      setBladen(namen);
      setKeuze(standaardKeuze(namen));
    }
  };
  useEffect(() => {
    // Asks Excel for the sheet names the first time the section is shown.
    if (actief && bladen === null && !taak.bezig && !taak.fout) void haalBladen();
  });

  const controleer = async () => {
    const u = await taak.voerUit(async () =>
      dienst.controleerLoonbatch({
        batch: keuze.batch,
        vorige: keuze.vorige || undefined,
        bijlage1: keuze.bijlage1 || undefined,
        register: keuze.register || undefined,
        betaalbestand: bestand
          ? { naam: bestand.name, inhoud: new Uint8Array(await bestand.arrayBuffer()) }
          : undefined,
        rekening: rekening.trim() || undefined,
      }),
    );
    if (u) setUitkomst(u);
  };
  const kies = (b: Bevinding) => void taak.voerUit(() => dienst.toonCel(b));

  const opties = (metGeen: boolean) => (
    <>
      {metGeen && <option value={GEEN}>(geen)</option>}
      {(bladen ?? []).map((b) => (
        <option key={b} value={b}>
          {b}
        </option>
      ))}
    </>
  );
  return (
    <div className={s.sectie}>
      <Text>
        Controleer een betaalbatch voordat u hem goedkeurt. BSN, naam en IBAN worden alleen gemaskeerd getoond
        en verlaten de werkmap niet.
      </Text>
      <div className={st.keuzes}>
        <Field label="Blad met de betaalbatch">
          <Select value={keuze.batch} onChange={(_, d) => setKeuze((k) => ({ ...k, batch: d.value }))}>
            {opties(false)}
          </Select>
        </Field>
        <Field label="Vorige batch (optioneel)">
          <Select value={keuze.vorige} onChange={(_, d) => setKeuze((k) => ({ ...k, vorige: d.value }))}>
            {opties(true)}
          </Select>
        </Field>
        <Field label="Bijlage 1 (optioneel)">
          <Select value={keuze.bijlage1} onChange={(_, d) => setKeuze((k) => ({ ...k, bijlage1: d.value }))}>
            {opties(true)}
          </Select>
        </Field>
        <Field label="Personeelsregister (optioneel)">
          <Select value={keuze.register} onChange={(_, d) => setKeuze((k) => ({ ...k, register: d.value }))}>
            {opties(true)}
          </Select>
        </Field>
        {/* A native file input (Fluent v9 has none); its label and hint are linked by id. */}
        <div className={st.veld}>
          <Label htmlFor={bestandId}>Betaalbestand voor de bank (SEPA pain.001, optioneel)</Label>
          <input
            id={bestandId}
            type="file"
            accept=".xml,application/xml,text/xml"
            aria-describedby={`${bestandId}-hint`}
            onChange={(e) => setBestand(e.target.files?.[0] ?? null)}
          />
          <Text id={`${bestandId}-hint`} size={200}>
            Het bestand wordt alleen op deze computer gelezen.
          </Text>
        </div>
        <Field label="Rekening van de gemeente (optioneel, als het register haar niet noemt)">
          <Input value={rekening} onChange={(_, d) => setRekening(d.value)} />
        </Field>
      </div>
      {/* disabledFocusable: the focus stays on the button while it works (see Controleren). */}
      <div className={s.knoppen}>
        <Button appearance="primary" onClick={controleer} disabledFocusable={taak.bezig || !keuze.batch}>
          Loonbatch controleren
        </Button>
        <Button onClick={haalBladen} disabledFocusable={taak.bezig}>
          Bladen vernieuwen
        </Button>
      </div>
      {taak.bezig && <Bezig tekst="Bezig…" />}
      {taak.fout && <Foutmelding tekst={taak.fout} />}
      {uitkomst && (
        <>
          <Samenvatting s={uitkomst.samenvatting} />
          <BevindingenLijst bevindingen={bevindingen} onKies={kies} titel="Bevindingen loonbatch" />
        </>
      )}
    </div>
  );
}

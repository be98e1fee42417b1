// Section "Nieuw jaar": next year's bijlage 1 from this workbook's (indexed tariffs, counts from the
// realisation or carried over, the advance schedule), written as the sheet 'Nieuwe bijlage 1 <jaar>'
// with the change table under it; the change table is shown here too. Undo removes that sheet.
import { Fragment, useState } from "react";
import { Button, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BegrotingSamenvatting } from "../../core/begroting";
import type { Bevinding } from "../../core/findings";
import { formatPercentage } from "../../core/money";
import type { TaakvensterDienst } from "../dienst";
import type { NieuweBijlageUitkomst, NieuweBijlageDienst } from "../nieuweBijlageDienst";
import { bedrag } from "../tekst";
import { BevindingenLijst } from "./BevindingenLijst";
import { useSectieStijl } from "./Controleren";
import { Bezig, Foutmelding, Melding } from "./Meldingen";
import { Cel, Tabel } from "./Tabel";
import { useHerstelpunt } from "./useHerstelpunt";
import { useTaak } from "./useTaak";

const useStijl = makeStyles({
  velden: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  dienst: {
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    borderBottomStyle: "none",
  },
});

function Wijzigingen({ b }: { b: BegrotingSamenvatting }) {
  const s = useStijl();
  return (
    <Tabel
      label={`Tariefwijziging ${b.vanJaar} naar ${b.jaar}`}
      koppen={[
        { tekst: `Tarief ${b.vanJaar}`, bedrag: true },
        { tekst: `Tarief ${b.jaar}`, bedrag: true },
        { tekst: "Verschil", bedrag: true },
        { tekst: "%", bedrag: true },
      ]}
    >
      {b.regels.map((r) => (
        <Fragment key={r.code}>
          <tr>
            <Cel colSpan={4} className={s.dienst}>
              {r.dienst}
            </Cel>
          </tr>
          <tr aria-label={`Tarieven ${r.dienst}`}>
            <Cel bedrag>{bedrag(r.tariefOud).replace(/,00$/, "")}</Cel>
            <Cel bedrag>{bedrag(r.tarief).replace(/,00$/, "")}</Cel>
            <Cel bedrag>{bedrag(r.verschil).replace(/,00$/, "")}</Cel>
            <Cel bedrag>{r.verschilFractie === null ? "—" : formatPercentage(r.verschilFractie, 1)}</Cel>
          </tr>
        </Fragment>
      ))}
      <tr>
        <Cel colSpan={4} className={s.dienst}>
          Voorcalculatie (met risico-opslag)
        </Cel>
      </tr>
      <tr aria-label="Voorcalculatie">
        <Cel bedrag>{bedrag(b.voorcalculatieOud)}</Cel>
        <Cel bedrag>{bedrag(b.voorcalculatie)}</Cel>
        <Cel bedrag>{bedrag(b.voorcalculatieVerschil)}</Cel>
        <Cel bedrag>
          {b.voorcalculatieFractie === null ? "—" : formatPercentage(b.voorcalculatieFractie, 1)}
        </Cel>
      </tr>
    </Tabel>
  );
}

export function NieuwJaar({ dienst }: { dienst: TaakvensterDienst }) {
  const s = useSectieStijl();
  const v = useStijl();
  const taak = useTaak();
  const nb = dienst.nieuweBijlage;
  const [jaar, setJaar] = useState(String(new Date().getFullYear() + 1));
  const [index, setIndex] = useState("");
  const [aantallen, setAantallen] = useState<"realisatie" | "begroting">("realisatie");
  const {
    uitkomst,
    herstel,
    melding,
    schrijf,
    maakOngedaan: ongedaan,
  } = useHerstelpunt<NieuweBijlageUitkomst, NieuweBijlageDienst>(
    taak,
    nb,
    (n) => n.kanNieuweBijlageOngedaanMaken(),
    {
      gedaan: "De nieuwe bijlage is ongedaan gemaakt.",
      niets: "Er was geen nieuwe bijlage om ongedaan te maken.",
    },
  );

  if (!nb) return <Melding tekst="Een nieuwe bijlage maken kan in deze omgeving niet." />;

  const jaarGetal = Number(jaar);
  const jaarGoed = Number.isInteger(jaarGetal) && jaarGetal >= 2000 && jaarGetal <= 2100;
  const maak = () => schrijf(() => nb.maakNieuweBijlage({ jaar: jaarGetal, index, aantallen }));
  const maakOngedaan = () => ongedaan(() => nb.maakNieuweBijlageOngedaan());
  const kies = (b: Bevinding) => void taak.voerUit(() => dienst.toonCel(b));
  const b = uitkomst?.begroting;

  return (
    <div className={s.sectie}>
      <Text>
        Maak de bijlage 1 van een nieuw jaar uit die van deze werkmap: tarieven geïndexeerd (hele euro's, half
        van nul af), aantallen uit de realisatie of overgenomen, dezelfde risico-opslag en voorschotten per
        maand of kwartaal. Het nieuwe blad krijgt ook de tabel met tariefwijzigingen voor de raadsbrief.
      </Text>
      <div className={v.velden}>
        <Field label="Nieuw jaar" validationMessage={jaarGoed ? undefined : "Een jaartal zoals 2025"}>
          <Input value={jaar} inputMode="numeric" onChange={(_, d) => setJaar(d.value)} />
        </Field>
        <Field label="Index" hint="6%, 6,5% of reeks">
          <Input value={index} placeholder="bijv. 6%" onChange={(_, d) => setIndex(d.value)} />
        </Field>
      </div>
      <Field label="Aantallen">
        <Select value={aantallen} onChange={(_, d) => setAantallen(d.value as "realisatie" | "begroting")}>
          <option value="realisatie">Gerealiseerd dit jaar</option>
          <option value="begroting">Begroot dit jaar (overnemen)</option>
        </Select>
      </Field>
      <div className={s.knoppen}>
        <Button
          appearance="primary"
          onClick={maak}
          disabledFocusable={taak.bezig || !jaarGoed || index.trim() === ""}
        >
          Nieuwe bijlage 1 maken
        </Button>
        <Button onClick={maakOngedaan} disabledFocusable={taak.bezig || !herstel}>
          Ongedaan maken
        </Button>
      </div>
      {taak.bezig && <Bezig tekst="Bezig…" />}
      {taak.fout && <Foutmelding tekst={taak.fout} />}
      {melding && <Melding tekst={melding} intent="success" />}
      {uitkomst?.geweigerd && <Foutmelding titel="Niet gemaakt" tekst={uitkomst.geweigerd} />}
      {b && uitkomst?.blad && (
        <>
          <Melding
            intent="success"
            tekst={`Blad '${uitkomst.blad}' is geschreven: bijlage 1 van ${b.gemeente} voor ${b.jaar}, tarieven geïndexeerd met ${b.index}. Verplaats het naar een eigen werkmap (rechtsklik op het blad > Verplaatsen of kopiëren).`}
          />
          <Wijzigingen b={b} />
          <Text>
            Voorschotten: {b.termijnen} {b.termijnen === 12 ? "maanden" : "kwartalen"}, samen{" "}
            {bedrag(b.voorcalculatie)}.
          </Text>
        </>
      )}
      {uitkomst?.opmerkingen.map((o) => (
        <Melding key={o} tekst={o} intent="warning" />
      ))}
      {uitkomst && uitkomst.bevindingen.length > 0 && (
        <BevindingenLijst bevindingen={uitkomst.bevindingen} onKies={kies} titel="Bevindingen in bijlage 1" />
      )}
    </div>
  );
}

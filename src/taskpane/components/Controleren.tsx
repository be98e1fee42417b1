// Section "Controleren": validates bijlage 1 and lists the findings with a click-through.
import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { telPerErnst, type Bevinding } from "../../core/findings";
import type { ControleUitkomst, TaakvensterDienst } from "../dienst";
import { aantal } from "../tekst";
import { BevindingenLijst } from "./BevindingenLijst";
import { Bezig, Foutmelding, Melding } from "./Meldingen";
import { useTaak } from "./useTaak";

export const useSectieStijl = makeStyles({
  sectie: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  knoppen: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function Controleren({ dienst }: { dienst: TaakvensterDienst }) {
  const s = useSectieStijl();
  const taak = useTaak();
  const [uitkomst, setUitkomst] = useState<ControleUitkomst | null>(null);
  const [melding, setMelding] = useState<string | null>(null);

  const controleer = async () => {
    setMelding(null);
    const u = await taak.voerUit(() => dienst.controleer());
    if (u) setUitkomst(u);
  };
  const kies = (b: Bevinding) => void taak.voerUit(() => dienst.toonCel(b));
  const rapport = async () => {
    if (!uitkomst) return;
    const blad = await taak.voerUit(() => dienst.schrijfRapport(uitkomst.bevindingen));
    if (blad) setMelding(`De bevindingen staan op blad '${blad}', met koppelingen naar de cellen.`);
  };

  const telling = uitkomst ? telPerErnst(uitkomst.bevindingen) : null;
  return (
    <div className={s.sectie}>
      <Text>
        Controleer bijlage 1 van deze werkmap: labels, diensten, tarieven, aantallen, totalen en voorschotten.
      </Text>
      {/* disabledFocusable, not disabled: a button that is disabled while it works would lose the
          keyboard focus to the page (and so would the user their place in the panel). */}
      <div className={s.knoppen}>
        <Button appearance="primary" onClick={controleer} disabledFocusable={taak.bezig}>
          Controleren
        </Button>
        {uitkomst && uitkomst.bevindingen.length > 0 && (
          <Button onClick={rapport} disabledFocusable={taak.bezig}>
            Rapportblad maken
          </Button>
        )}
      </div>
      {taak.bezig && <Bezig tekst="Bezig…" />}
      {taak.fout && <Foutmelding tekst={taak.fout} />}
      {melding && <Melding tekst={melding} intent="success" />}
      {uitkomst && telling && (
        <>
          <Text role="status" weight="semibold">
            {uitkomst.gemeente ? `${uitkomst.gemeente}${uitkomst.jaar ? ` ${uitkomst.jaar}` : ""}: ` : ""}
            {aantal(telling.fout, "fout", "fouten")},{" "}
            {aantal(telling.waarschuwing, "waarschuwing", "waarschuwingen")}, {telling.info} info
          </Text>
          <BevindingenLijst bevindingen={uitkomst.bevindingen} onKies={kies} titel="Bevindingen bijlage 1" />
        </>
      )}
    </div>
  );
}

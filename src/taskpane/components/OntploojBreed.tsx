// Section "Ontplooj-breed": the five bijlage-1 sheets of this workbook ("Bijlage 1 Almelo", …)
// settled together; writes the sheet 'Overzicht Ontplooj' with formulas that point at those sheets,
// shows who pays whom and the conservation check, lists the findings with a click-through, and
// undoes the overview.
import { useState } from "react";
import { Button, Checkbox, Text } from "@fluentui/react-components";
import type { Bevinding } from "../../core/findings";
import type { TaakvensterDienst } from "../dienst";
import type { OntploojUitkomst, OntploojDienst } from "../ontploojDienst";
import { bedrag } from "../tekst";
import { BevindingenLijst } from "./BevindingenLijst";
import { useSectieStijl } from "./Controleren";
import { Bezig, Foutmelding, Melding } from "./Meldingen";
import { Cel, Tabel } from "./Tabel";
import { useHerstelpunt } from "./useHerstelpunt";
import { useTaak } from "./useTaak";

const RICHTING = { bijbetalen: "betaalt bij", terugbetalen: "krijgt terug", nihil: "quitte" } as const;

function Gemeenten({ u }: { u: OntploojUitkomst }) {
  return (
    <Tabel
      label={`Eindafrekening per gemeente ${u.jaar ?? ""}`.trim()}
      koppen={[
        { tekst: "Gemeente" },
        { tekst: "Nacalculatie", bedrag: true },
        { tekst: "Saldo", bedrag: true },
      ]}
    >
      {u.gemeenten!.map((g) => (
        <tr key={g.gemeente} aria-label={`Saldo ${g.gemeente}`}>
          <Cel>
            {g.gemeente} ({RICHTING[g.richting]})
          </Cel>
          <Cel bedrag>{bedrag(g.nacalculatie)}</Cel>
          <Cel bedrag>{bedrag(g.saldo)}</Cel>
        </tr>
      ))}
      <tr aria-label="Totaal">
        <Cel>Totaal</Cel>
        <Cel bedrag>{bedrag(u.totaal!.nacalculatie)}</Cel>
        <Cel bedrag>{bedrag(u.totaal!.saldo)}</Cel>
      </tr>
    </Tabel>
  );
}

export function OntploojBreed({ dienst }: { dienst: TaakvensterDienst }) {
  const s = useSectieStijl();
  const taak = useTaak();
  const od = dienst.ontplooj;
  const [forceer, setForceer] = useState(false);
  const {
    uitkomst,
    herstel,
    melding,
    schrijf,
    maakOngedaan: ongedaan,
  } = useHerstelpunt<OntploojUitkomst, OntploojDienst>(taak, od, (o) => o.kanOverzichtOngedaanMaken(), {
    gedaan: "Het overzicht is ongedaan gemaakt.",
    niets: "Er was geen overzicht om ongedaan te maken.",
  });

  if (!od) return <Melding tekst="Het Ontplooj-brede overzicht kan in deze omgeving niet worden gemaakt." />;

  const maak = () => schrijf(() => od.maakOverzicht({ forceer }));
  const maakOngedaan = () => ongedaan(() => od.maakOverzichtOngedaan());
  const kies = (b: Bevinding) => void taak.voerUit(() => dienst.toonCel(b));

  return (
    <div className={s.sectie}>
      <Text>
        Voor een werkmap met de bijlage 1 van elke gemeente op een eigen blad (&apos;Bijlage 1 Almelo&apos;,
        &apos;Bijlage 1 Wierden&apos;, …) en één blad &apos;Kostprijzen&apos;: de nacalculatie Ontplooj-breed,
        wie wie betaalt, en de controles tussen de bijlagen. Het blad &apos;Overzicht Ontplooj&apos; krijgt
        formules die naar die bladen verwijzen.
      </Text>
      <Checkbox
        checked={forceer}
        onChange={(_, d) => setForceer(Boolean(d.checked))}
        label="Ook maken als de controles fouten vinden"
      />
      <div className={s.knoppen}>
        <Button appearance="primary" onClick={maak} disabledFocusable={taak.bezig}>
          Overzicht Ontplooj maken
        </Button>
        <Button onClick={maakOngedaan} disabledFocusable={taak.bezig || !herstel}>
          Ongedaan maken
        </Button>
      </div>
      {taak.bezig && <Bezig tekst="Bezig…" />}
      {taak.fout && <Foutmelding tekst={taak.fout} />}
      {melding && <Melding tekst={melding} intent="success" />}
      {uitkomst?.geweigerd && (
        <Foutmelding
          titel="Niet gemaakt"
          tekst={
            uitkomst.geweigerd + (uitkomst.forceerbaar ? " Vink 'Ook maken als…' aan om toch te maken." : "")
          }
        />
      )}
      {uitkomst?.blad && <Melding intent="success" tekst={`Blad '${uitkomst.blad}' is geschreven.`} />}
      {uitkomst?.behoud && (
        <Melding
          intent={uitkomst.behoud.klopt ? "success" : "warning"}
          tekst={
            uitkomst.behoud.klopt
              ? `Behoud klopt tot op de cent: de nacalculaties zonder opslag tellen op tot ${bedrag(uitkomst.behoud.gevonden)}, de gerealiseerde kosten min opbrengsten.`
              : `Behoud klopt niet: de nacalculaties zonder opslag tellen op tot ${bedrag(uitkomst.behoud.gevonden)}, verwacht ${bedrag(uitkomst.behoud.verwacht)}.`
          }
        />
      )}
      {uitkomst?.gemeenten && uitkomst.totaal && <Gemeenten u={uitkomst} />}
      {uitkomst && uitkomst.bevindingen.length > 0 && (
        <BevindingenLijst
          bevindingen={uitkomst.bevindingen}
          onKies={kies}
          titel="Bevindingen Ontplooj-breed"
        />
      )}
    </div>
  );
}

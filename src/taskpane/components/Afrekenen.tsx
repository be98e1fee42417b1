// Section "Afrekenen": fills the Eindafrekening sheet and shows the settlement; undoes the last fill.
import { Fragment, useState } from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AfrekeningSamenvatting } from "../../core/bijlage1";
import type { Bevinding } from "../../core/findings";
import type { AfrekenUitkomst, TaakvensterDienst } from "../dienst";
import { bedrag, datumNl } from "../tekst";
import { BevindingenLijst } from "./BevindingenLijst";
import { useSectieStijl } from "./Controleren";
import { GrafiekDiensten } from "./GrafiekDiensten";
import { Bezig, Foutmelding, Melding } from "./Meldingen";
import { Cel, Tabel } from "./Tabel";
import { useHerstelpunt } from "./useHerstelpunt";
import { useTaak } from "./useTaak";

const useStijl = makeStyles({
  overzicht: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  waarde: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  saldo: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  dienst: {
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    borderBottomStyle: "none",
  },
});

const RICHTING: Record<AfrekeningSamenvatting["richting"], string> = {
  bijbetalen: "gemeente betaalt bij",
  terugbetalen: "Ontplooj betaalt terug",
  nihil: "niets te verrekenen",
};

function Overzicht({ a }: { a: AfrekeningSamenvatting }) {
  const s = useStijl();
  const rijen: [string, string, string?][] = [
    ["Gemeente", `${a.gemeente} (${a.jaar})`],
    ["Voorcalculatie", bedrag(a.voorcalculatie)],
    ["Nacalculatie", bedrag(a.nacalculatie)],
    ["Voorschotten betaald", bedrag(a.voorschottenBetaald)],
  ];
  return (
    <dl className={s.overzicht} aria-label="Eindafrekening">
      {rijen.map(([term, waarde]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={s.term}>{term}</dt>
          <dd className={s.waarde}>{waarde}</dd>
        </div>
      ))}
      <dt className={`${s.term} ${s.saldo}`}>Saldo ({RICHTING[a.richting]})</dt>
      <dd className={`${s.waarde} ${s.saldo}`}>{bedrag(a.saldo)}</dd>
      <dt className={s.term}>Te betalen uiterlijk</dt>
      <dd className={s.waarde}>{datumNl(a.vervaldatum)}</dd>
    </dl>
  );
}

function Regels({ a }: { a: AfrekeningSamenvatting }) {
  const s = useStijl();
  // Two rows per service (its name, then its amounts), so the amounts fit a narrow task pane.
  return (
    <Tabel
      label="Afrekening per dienst"
      koppen={[
        { tekst: "Begroot", bedrag: true },
        { tekst: "Gerealiseerd", bedrag: true },
        { tekst: "Verschil", bedrag: true },
      ]}
    >
      {a.regels.map((r) => (
        <Fragment key={r.code}>
          <tr>
            <Cel colSpan={3} className={s.dienst}>
              {r.dienst}
            </Cel>
          </tr>
          <tr aria-label={`Bedragen ${r.dienst}`}>
            <Cel bedrag>{bedrag(r.bedragBegroot)}</Cel>
            <Cel bedrag>{bedrag(r.bedragGerealiseerd)}</Cel>
            <Cel bedrag>{bedrag(r.verschil)}</Cel>
          </tr>
        </Fragment>
      ))}
    </Tabel>
  );
}

export function Afrekenen({ dienst }: { dienst: TaakvensterDienst }) {
  const s = useSectieStijl();
  const taak = useTaak();
  const [forceer, setForceer] = useState(false);
  const {
    uitkomst,
    herstel,
    melding,
    schrijf,
    maakOngedaan: ongedaan,
  } = useHerstelpunt<AfrekenUitkomst, TaakvensterDienst>(
    taak,
    dienst,
    (d) => d.kanOngedaanMaken(),
    { gedaan: "De laatste vulling is ongedaan gemaakt.", niets: "Er was geen vulling om ongedaan te maken." },
    true,
  );

  const vul = () => schrijf(() => dienst.vulEindafrekening({ forceer }));
  const maakOngedaan = () => ongedaan(() => dienst.maakOngedaan());
  const kies = (b: Bevinding) => void taak.voerUit(() => dienst.toonCel(b));

  return (
    <div className={s.sectie}>
      <Text>
        Vul het blad Eindafrekening met formules die naar bijlage 1 en de voorschotten verwijzen, en bekijk
        wie wie moet betalen.
      </Text>
      <Checkbox
        checked={forceer}
        onChange={(_, d) => setForceer(Boolean(d.checked))}
        label="Ook vullen als de controle fouten vindt of het blad al eigen gegevens bevat"
      />
      {/* disabledFocusable: the focus stays on the button while it works (see Controleren). */}
      <div className={s.knoppen}>
        <Button appearance="primary" onClick={vul} disabledFocusable={taak.bezig}>
          Eindafrekening vullen
        </Button>
        <Button onClick={maakOngedaan} disabledFocusable={taak.bezig || !herstel}>
          Ongedaan maken
        </Button>
      </div>
      {taak.bezig && <Bezig tekst="Bezig…" />}
      {taak.fout && <Foutmelding tekst={taak.fout} />}
      {melding && <Melding tekst={melding} intent="success" />}
      {uitkomst?.geweigerd && <Foutmelding titel="Niet gevuld" tekst={uitkomst.geweigerd} />}
      {uitkomst?.afrekening && (
        <>
          <Melding
            intent="success"
            tekst={`Blad '${uitkomst.blad}' is gevuld. ${uitkomst.afrekening.toelichting}`}
          />
          <Overzicht a={uitkomst.afrekening} />
          <GrafiekDiensten a={uitkomst.afrekening} overgeslagen={uitkomst.grafiekenOvergeslagen} />
          <Regels a={uitkomst.afrekening} />
        </>
      )}
      {uitkomst && uitkomst.bevindingen.length > 0 && (
        <BevindingenLijst
          bevindingen={uitkomst.bevindingen}
          onKies={kies}
          titel="Bevindingen bij het afrekenen"
        />
      )}
    </div>
  );
}

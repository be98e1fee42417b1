// Section "Koppelen": a workbook in its own layout is mapped by Excel names (Bijlage1_*). The user
// selects cells in Excel, says what they are, and the add-in writes the name; Controleren and
// Afrekenen (and the command line) then read the parts from there. Contract: docs/werkboek.md §1.8.
import { useEffect, useState } from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { BIJLAGE1_NAMEN, definitieVanRol, type NaamRol } from "../../core/bijlage1/namen";
import type { Koppeling, TaakvensterDienst } from "../dienst";
import { useSectieStijl } from "./Controleren";
import { Bezig, Foutmelding, Melding } from "./Meldingen";
import { Cel, Tabel } from "./Tabel";
import { useTaak } from "./useTaak";

const useStijl = makeStyles({
  probleem: { color: tokens.colorPaletteRedForeground1, display: "block" },
  adres: { overflowWrap: "anywhere" },
});

/** Mappings in the order of the contract; unknown names last. */
function gesorteerd(lijst: readonly Koppeling[]): Koppeling[] {
  const plaats = (k: Koppeling) => {
    const i = BIJLAGE1_NAMEN.findIndex((d) => d.rol === k.rol);
    return i < 0 ? BIJLAGE1_NAMEN.length : i;
  };
  return [...lijst].sort((a, b) => plaats(a) - plaats(b) || a.naam.localeCompare(b.naam));
}

/** "Begroting 2023!B8:B12" with a line-break chance after the sheet, not inside the address. */
function Adres({ adres }: { adres: string }) {
  const i = adres.lastIndexOf("!");
  return (
    <>
      {adres.slice(0, i + 1)}
      <wbr />
      {adres.slice(i + 1)}
    </>
  );
}

export function Koppelen({ dienst, actief }: { dienst: TaakvensterDienst; actief: boolean }) {
  const s = useSectieStijl();
  const st = useStijl();
  const taak = useTaak();
  const [lijst, setLijst] = useState<Koppeling[] | null>(null);
  const [rol, setRol] = useState<NaamRol>("gemeente");
  const [melding, setMelding] = useState<string | null>(null);

  const vernieuw = async () => {
    setMelding(null);
    const k = await taak.voerUit(() => dienst.koppelingen());
    if (k) setLijst(gesorteerd(k));
  };
  useEffect(() => {
    // Asks Excel for the names the first time the section is shown.
    if (actief && lijst === null && !taak.bezig && !taak.fout) void vernieuw();
  });

  const koppel = async () => {
    setMelding(null);
    const huidige = lijst ?? [];
    const nieuw = await taak.voerUit(() => dienst.koppel(rol, huidige));
    if (!nieuw) return;
    const rest = huidige.filter((k) => k.naam.toLowerCase() !== nieuw.naam.toLowerCase());
    setLijst(gesorteerd([...rest, nieuw]));
    setMelding(
      nieuw.probleem
        ? `${nieuw.naam} is gekoppeld aan ${nieuw.adres ?? "de selectie"}, maar ${nieuw.probleem}. Selecteer ${definitieVanRol(rol).uitleg} en koppel opnieuw.`
        : `${definitieVanRol(rol).label} is gekoppeld aan ${nieuw.adres ?? "de selectie"} (${nieuw.naam}).`,
    );
  };

  const ontkoppel = async (k: Koppeling) => {
    setMelding(null);
    const klaar = await taak.voerUit(async () => {
      await dienst.ontkoppel(k.naam);
      return true;
    });
    if (!klaar) return;
    setLijst((l) => (l ?? []).filter((x) => x.naam !== k.naam));
    setMelding(`De koppeling ${k.naam} is verwijderd.`);
  };

  const definitie = definitieVanRol(rol);
  return (
    <div className={s.sectie}>
      <Text>
        Staat de bijlage 1 in een eigen indeling? Selecteer in Excel een cel of kolom, kies hieronder wat het
        is en klik op Koppelen. De invoegtoepassing geeft de cellen een naam (Bijlage1_…); Controleren en
        Afrekenen lezen ze daarna daar. Kolommen van de dienstentabel worden op volgorde gekoppeld en moeten
        even hoog zijn als de diensten.
      </Text>
      <Field label="Wat is de selectie?" hint={`Selecteer ${definitie.uitleg}.`}>
        <Select value={rol} onChange={(_, d) => setRol(d.value as NaamRol)}>
          {BIJLAGE1_NAMEN.map((d) => (
            <option key={d.rol} value={d.rol}>
              {d.label}
            </option>
          ))}
        </Select>
      </Field>
      {/* disabledFocusable: the focus stays on the button while it works (see Controleren). */}
      <div className={s.knoppen}>
        <Button appearance="primary" onClick={koppel} disabledFocusable={taak.bezig}>
          Koppelen
        </Button>
        <Button onClick={vernieuw} disabledFocusable={taak.bezig}>
          Vernieuwen
        </Button>
      </div>
      {taak.bezig && <Bezig tekst="Bezig…" />}
      {taak.fout && <Foutmelding tekst={taak.fout} />}
      {melding && <Melding tekst={melding} intent="success" />}
      {lijst && lijst.length === 0 && (
        <Text role="status">Nog geen koppelingen: de bijlage wordt op labels gelezen.</Text>
      )}
      {lijst && lijst.length > 0 && (
        <Tabel label="Koppelingen" koppen={[{ tekst: "Onderdeel" }, { tekst: "Cellen" }, { tekst: "Actie" }]}>
          {lijst.map((k) => {
            const label = k.rol ? definitieVanRol(k.rol).label : "(onbekend)";
            return (
              <tr key={k.naam}>
                <Cel>
                  {label}
                  <Text size={100} block>
                    {k.naam}
                  </Text>
                </Cel>
                <Cel className={st.adres}>
                  {k.adres ? <Adres adres={k.adres} /> : "—"}
                  {k.probleem && <span className={st.probleem}>Klopt niet: {k.probleem}.</span>}
                </Cel>
                <Cel>
                  <Button
                    size="small"
                    onClick={() => void ontkoppel(k)}
                    disabledFocusable={taak.bezig}
                    aria-label={`Koppeling ${label} (${k.naam}) verwijderen`}
                  >
                    Verwijderen
                  </Button>
                </Cel>
              </tr>
            );
          })}
        </Tabel>
      )}
    </div>
  );
}

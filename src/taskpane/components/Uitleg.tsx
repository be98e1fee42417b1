// Section "Uitleg": the number selected in Excel explained step by step down to its input cells.
// It follows the selection while shown (Office's selection event), or on a button where this
// Excel cannot report selections. Self-contained, so the panel can load it on demand.
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { bladVerwijzing } from "../../core/grid";
// From the modules, not the barrel: the barrel pulls in the bijlage-1 check, which loads on first use.
import type { UitlegBron, UitlegKnoop } from "../../core/uitleg/model";
import { uitlegTekst } from "../../core/uitleg/tekst";
import type { TaakvensterDienst, UitlegUitkomst } from "../dienst";
import { foutTekst } from "../dienst";
import { kopieerTekst } from "../klembord";
import { useSectieStijl } from "./Controleren";
import { Bezig, Foutmelding, Melding } from "./Meldingen";
import { UitlegBoom } from "./UitlegBoom";

const useStijl = makeStyles({
  kop: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  namen: { color: tokens.colorNeutralForeground3 },
  handmatig: { width: "100%" },
});

/** Whether `cel` of `blad` is one of the tree's inputs (selecting it keeps the tree shown). */
function isBronVan(boom: UitlegKnoop, blad: string, cel: string): boolean {
  if (boom.bron && boom.bron.blad.toLowerCase() === blad.toLowerCase() && boom.bron.cel === cel) return true;
  return boom.kinderen.some((k) => isBronVan(k, blad, cel));
}

/** The heading line of the copied text and the tree's accessible name. */
function kopTekst(u: Extract<UitlegUitkomst, { soort: "uitleg" }>): string {
  return `Uitleg bij ${bladVerwijzing(u.blad, u.cel)}${u.namen.length > 0 ? ` (${u.namen.join(", ")})` : ""}`;
}

export function Uitleg({ dienst, actief }: { dienst: TaakvensterDienst; actief: boolean }) {
  const s = useSectieStijl();
  const st = useStijl();
  const [uitleg, setUitleg] = useState<Extract<UitlegUitkomst, { soort: "uitleg" }> | null>(null);
  const [geen, setGeen] = useState<string | null>(null);
  const [invoerCel, setInvoerCel] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [volgt, setVolgt] = useState<boolean | null>(null);
  const [stand, setStand] = useState<{ stand: "standaard" | "open" | "dicht"; keer: number }>({
    stand: "standaard",
    keer: 0,
  });
  const [gekopieerd, setGekopieerd] = useState<string | null>(null);
  const [handmatig, setHandmatig] = useState<string | null>(null);

  // The latest selection wins: while one explanation is read, a newer selection waits and the
  // one in between is skipped.
  const loopt = useRef(false);
  const opnieuw = useRef(false);
  const huidige = useRef<typeof uitleg>(null);
  huidige.current = uitleg;

  const vraag = useCallback(async () => {
    if (loopt.current) {
      opnieuw.current = true;
      return;
    }
    loopt.current = true;
    setBezig(true);
    try {
      do {
        opnieuw.current = false;
        try {
          const u = await dienst.uitlegBijSelectie();
          setFout(null);
          setGekopieerd(null);
          setHandmatig(null);
          if (u.soort === "uitleg") {
            setUitleg(u);
            setGeen(null);
            setInvoerCel(null);
            setStand({ stand: "standaard", keer: 0 });
          } else if (huidige.current && isBronVan(huidige.current.boom, u.blad, u.cel)) {
            // An input of the tree shown (a leaf clicked, or the user went there): keep the tree.
            setInvoerCel(bladVerwijzing(u.blad, u.cel));
          } else {
            setUitleg(null);
            setInvoerCel(null);
            setGeen(u.bericht);
          }
        } catch (e) {
          setFout(foutTekst(e));
        }
      } while (opnieuw.current);
    } finally {
      loopt.current = false;
      setBezig(false);
    }
  }, [dienst]);

  // Follow the selection while the section is shown; stop when it is hidden.
  useEffect(() => {
    if (!actief) return;
    let stop: (() => Promise<void>) | null = null;
    let weg = false;
    void vraag();
    dienst
      .volgSelectie(() => void vraag())
      .then(
        (s) => {
          if (weg) void s?.().catch(() => undefined);
          else {
            stop = s;
            setVolgt(s !== null);
          }
        },
        () => {
          if (!weg) setVolgt(false);
        },
      );
    return () => {
      weg = true;
      void stop?.().catch(() => undefined);
    };
  }, [actief, dienst, vraag]);

  const kiesBron = (bron: UitlegBron) => {
    setInvoerCel(bladVerwijzing(bron.blad, bron.cel));
    dienst.selecteer(bron.blad, bron.cel).catch((e: unknown) => setFout(foutTekst(e)));
  };

  const kopieer = async () => {
    if (!uitleg) return;
    const tekst = `${kopTekst(uitleg)}\n${uitlegTekst(uitleg.boom)}\n`;
    if (await kopieerTekst(tekst)) {
      setHandmatig(null);
      setGekopieerd("De uitleg staat als tekst op het klembord; plak hem in een e-mail of notitie.");
    } else {
      setGekopieerd(null);
      setHandmatig(tekst);
    }
  };

  return (
    <div className={s.sectie} aria-busy={bezig}>
      <Text>
        Selecteer in Excel een bedrag op het blad Eindafrekening, een benoemde uitkomst (zoals Ontplooj_Saldo)
        of een cel met =ONTPLOOJ.VOORCALC, NACALC, VOORSCHOT, TARIEF of OPRESULT. Hier staat dan hoe dat getal
        is berekend, stap voor stap tot de ingevoerde cellen; klik een invoercel om haar in Excel te
        selecteren.
      </Text>
      <div className={s.knoppen}>
        <Button appearance={volgt ? "secondary" : "primary"} onClick={() => void vraag()}>
          Uitleg bij selectie
        </Button>
        {uitleg && (
          <>
            <Button onClick={() => void kopieer()}>Kopiëren als tekst</Button>
            <Button onClick={() => setStand((x) => ({ stand: "open", keer: x.keer + 1 }))}>
              Alles uitklappen
            </Button>
            <Button onClick={() => setStand((x) => ({ stand: "dicht", keer: x.keer + 1 }))}>
              Alles inklappen
            </Button>
          </>
        )}
      </div>
      {volgt === true && <Text size={200}>Het venster volgt de selectie in Excel.</Text>}
      {volgt === false && (
        <Text size={200}>
          Deze Excel meldt geen selectiewissel: klik na het selecteren op &apos;Uitleg bij selectie&apos;.
        </Text>
      )}
      {bezig && !uitleg && !geen && <Bezig tekst="Uitleg lezen…" />}
      {fout && <Foutmelding tekst={fout} />}
      {geen && (
        <div role="status">
          <Melding tekst={geen} />
        </div>
      )}
      {uitleg && (
        <>
          <div className={st.kop}>
            <Text weight="semibold" role="heading" aria-level={2}>
              {bladVerwijzing(uitleg.blad, uitleg.cel)}
            </Text>
            {uitleg.namen.length > 0 && <Text className={st.namen}>{uitleg.namen.join(", ")}</Text>}
          </div>
          {uitleg.waarschuwing && <Melding tekst={uitleg.waarschuwing} intent="warning" />}
          <UitlegBoom
            key={`${uitleg.blad}!${uitleg.cel}#${stand.keer}`}
            boom={uitleg.boom}
            label={kopTekst(uitleg)}
            onKiesBron={kiesBron}
            beginStand={stand.stand}
          />
          <div role="status">
            {invoerCel && <Text size={200}>{invoerCel} is geselecteerd: een invoercel van deze uitleg.</Text>}
          </div>
          {gekopieerd && (
            <div role="status">
              <Melding tekst={gekopieerd} intent="success" />
            </div>
          )}
          {handmatig && (
            <>
              <Melding
                tekst="Kopiëren naar het klembord mocht hier niet. Selecteer de tekst hieronder en kopieer hem met Ctrl+C (Mac: Cmd+C)."
                intent="warning"
              />
              <Textarea
                className={st.handmatig}
                aria-label="Uitleg als tekst"
                readOnly
                resize="vertical"
                rows={8}
                value={handmatig}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}

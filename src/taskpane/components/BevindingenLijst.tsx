// Findings grouped by severity, with counts, a filter, and a click-through to each finding's cell.
import { useMemo, useState } from "react";
import {
  Button,
  CounterBadge,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type CounterBadgeProps,
} from "@fluentui/react-components";
import { ERNST_VOLGORDE, telPerErnst, type Bevinding, type Ernst } from "../../core/findings";
import { ERNST_MEERVOUD } from "../tekst";
import { Schakelknop } from "./Schakelknop";

/** More than this many findings of one severity are summarised, so the panel stays quick. */
const MAX_PER_GROEP = 200;

const KLEUR: Record<Ernst, CounterBadgeProps["color"]> = {
  fout: "danger",
  waarschuwing: "important",
  info: "informative",
};

const useStijl = makeStyles({
  filter: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  groep: { marginTop: tokens.spacingVerticalM },
  kop: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
  },
  lijst: { listStyleType: "none", margin: 0, padding: 0 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  knop: {
    display: "block",
    width: "100%",
    textAlign: "left",
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minHeight: "unset",
  },
  tekst: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}` },
  cel: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: "block" },
  codeBijKnop: { padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS}` },
});

export interface BevindingenLijstProps {
  bevindingen: readonly Bevinding[];
  /** Selects the finding's cell; only findings with a cell are clickable. */
  onKies: (bevinding: Bevinding) => void;
  /** Accessible name of the list's region, e.g. "Bevindingen bijlage 1". */
  titel: string;
}

function plek(b: Bevinding): string {
  return b.blad && b.cel ? `${b.blad}!${b.cel}` : (b.blad ?? "");
}

export function BevindingenLijst({ bevindingen, onKies, titel }: BevindingenLijstProps) {
  const s = useStijl();
  const [filter, setFilter] = useState<Ernst | "alle">("alle");
  const telling = useMemo(() => telPerErnst(bevindingen), [bevindingen]);
  const groepen = useMemo(
    () => ERNST_VOLGORDE.map((ernst) => ({ ernst, items: bevindingen.filter((b) => b.ernst === ernst) })),
    [bevindingen],
  );
  if (bevindingen.length === 0) {
    return <Text role="status">Geen bevindingen: alles klopt.</Text>;
  }
  return (
    <section aria-label={titel}>
      <div className={s.filter} role="group" aria-label="Filter op ernst">
        <Schakelknop aan={filter === "alle"} onClick={() => setFilter("alle")}>
          Alle ({bevindingen.length})
        </Schakelknop>
        {ERNST_VOLGORDE.map((e) => (
          <Schakelknop key={e} aan={filter === e} uit={telling[e] === 0} onClick={() => setFilter(e)}>
            {ERNST_MEERVOUD[e]} ({telling[e]})
          </Schakelknop>
        ))}
      </div>
      {groepen
        .filter((g) => g.items.length > 0 && (filter === "alle" || filter === g.ernst))
        .map((g) => (
          <div key={g.ernst} className={s.groep}>
            {/* h2 under the panel's h1: heading levels do not skip. */}
            <h2 className={s.kop}>
              {ERNST_MEERVOUD[g.ernst]}
              <CounterBadge count={g.items.length} color={KLEUR[g.ernst]} overflowCount={99999} aria-hidden />
            </h2>
            <ul className={s.lijst} aria-label={`${ERNST_MEERVOUD[g.ernst]}: ${g.items.length}`}>
              {g.items.slice(0, MAX_PER_GROEP).map((b, i) => (
                <li key={`${b.code}-${b.blad}-${b.cel}-${i}`} className={s.item}>
                  {b.blad && b.cel ? (
                    <>
                      {/* The button's visible text is part of its name (WCAG 2.5.3, label in name),
                          so speech input finds it by what it shows; the code stays outside it. */}
                      <Button
                        appearance="subtle"
                        className={s.knop}
                        onClick={() => onKies(b)}
                        aria-label={`Ga naar ${plek(b)}: ${b.bericht}`}
                      >
                        <span className={s.cel}>{plek(b)}</span> {b.bericht}
                      </Button>
                      <span className={mergeClasses(s.code, s.codeBijKnop)}>{b.code}</span>
                      {b.ook && (
                        <Button
                          appearance="subtle"
                          size="small"
                          className={s.knop}
                          onClick={() => onKies({ ...b, blad: b.ook!.blad, cel: b.ook!.cel, ook: undefined })}
                        >
                          Zie ook {b.ook.blad}!{b.ook.cel}
                        </Button>
                      )}
                    </>
                  ) : (
                    <Text className={s.tekst}>
                      {plek(b) && <span className={s.cel}>{plek(b)}</span>}
                      {b.bericht}
                      <span className={s.code}>{b.code}</span>
                    </Text>
                  )}
                </li>
              ))}
            </ul>
            {g.items.length > MAX_PER_GROEP && (
              <Text size={200}>
                En nog {g.items.length - MAX_PER_GROEP} meer; schrijf het rapportblad om ze allemaal te zien.
              </Text>
            )}
          </div>
        ))}
    </section>
  );
}

// Budget versus realisation per service as a small SVG bar chart beside the numbers of Afrekenen,
// with the same numbers as a table for whoever prefers (or needs) one. No chart library: the
// bundle stays small. Amounts come from the core as exact decimal strings and are shown in Dutch
// notation; only the bar lengths (geometry, not money) are computed with binary numbers.
import { useId, useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AfrekeningSamenvatting } from "../../core/bijlage1";
import { bedrag } from "../tekst";
import { Cel, Tabel } from "./Tabel";

/** Bar colours with at least 3:1 contrast to a white background (WCAG 1.4.11). */
export const KLEUR = { begroot: "#2F5597", gerealiseerd: "#C55A11" } as const;

const BREEDTE = 300;
const LABEL_HOOGTE = 14;
const BALK = 8;
const RIJ = LABEL_HOOGTE + 2 * BALK + 10;
const LEGENDA = 18;

const useStijl = makeStyles({
  kader: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  kop: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  svg: { width: "100%", height: "auto", color: tokens.colorNeutralForeground1 },
});

/** The bars of one chart: for each service its budget and its realisation, from a shared zero. */
export function balken(a: AfrekeningSamenvatting) {
  const getal = (x: string | null) => (x === null ? 0 : Number(x));
  const waarden = a.regels.flatMap((r) => [getal(r.bedragBegroot), getal(r.bedragGerealiseerd)]);
  const min = Math.min(0, ...waarden);
  const max = Math.max(0, ...waarden);
  const bereik = max - min || 1;
  const x = (w: number) => ((w - min) / bereik) * BREEDTE;
  const nul = x(0);
  const balk = (w: string | null) => {
    const eind = x(getal(w));
    return { x: Math.min(nul, eind), breedte: Math.abs(eind - nul) };
  };
  return {
    nul,
    rijen: a.regels.map((r) => ({
      code: r.code,
      dienst: r.dienst,
      begroot: { ...balk(r.bedragBegroot), tekst: bedrag(r.bedragBegroot) },
      gerealiseerd: { ...balk(r.bedragGerealiseerd), tekst: bedrag(r.bedragGerealiseerd) },
    })),
  };
}

export function GrafiekDiensten({ a, overgeslagen }: { a: AfrekeningSamenvatting; overgeslagen?: string }) {
  const s = useStijl();
  const [alsTabel, setAlsTabel] = useState(false);
  const titelId = useId();
  if (a.regels.length === 0) return null;
  const { nul, rijen } = balken(a);
  const hoogte = LEGENDA + rijen.length * RIJ;
  const titel = "Begroot en gerealiseerd per dienst";
  const beschrijving = rijen
    .map((r) => `${r.dienst}: begroot ${r.begroot.tekst}, gerealiseerd ${r.gerealiseerd.tekst}`)
    .join("; ");
  return (
    <section className={s.kader} aria-labelledby={titelId}>
      <div className={s.kop}>
        <Text id={titelId} weight="semibold">
          {titel}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          aria-pressed={alsTabel}
          onClick={() => setAlsTabel(!alsTabel)}
        >
          {alsTabel ? "Toon als grafiek" : "Toon als tabel"}
        </Button>
      </div>
      {alsTabel ? (
        <Tabel
          label={titel}
          koppen={[
            { tekst: "Dienst" },
            { tekst: "Begroot", bedrag: true },
            { tekst: "Gerealiseerd", bedrag: true },
          ]}
        >
          {rijen.map((r) => (
            <tr key={r.code}>
              <Cel>{r.dienst}</Cel>
              <Cel bedrag>{r.begroot.tekst}</Cel>
              <Cel bedrag>{r.gerealiseerd.tekst}</Cel>
            </tr>
          ))}
        </Tabel>
      ) : (
        <svg
          className={s.svg}
          viewBox={`0 0 ${BREEDTE} ${hoogte}`}
          role="img"
          aria-label={`${titel}. ${beschrijving}.`}
          fontSize={11}
        >
          <rect x={0} y={4} width={10} height={BALK} fill={KLEUR.begroot} />
          <text x={14} y={12} fill="currentColor">
            Begroot
          </text>
          <rect x={80} y={4} width={10} height={BALK} fill={KLEUR.gerealiseerd} />
          <text x={94} y={12} fill="currentColor">
            Gerealiseerd
          </text>
          {rijen.map((r, i) => {
            const y = LEGENDA + i * RIJ;
            return (
              <g key={r.code}>
                <text x={0} y={y + LABEL_HOOGTE - 3} fill="currentColor">
                  {r.dienst}
                </text>
                <rect
                  x={r.begroot.x}
                  y={y + LABEL_HOOGTE}
                  width={r.begroot.breedte}
                  height={BALK}
                  fill={KLEUR.begroot}
                >
                  <title>{`Begroot: ${r.begroot.tekst}`}</title>
                </rect>
                <rect
                  x={r.gerealiseerd.x}
                  y={y + LABEL_HOOGTE + BALK}
                  width={r.gerealiseerd.breedte}
                  height={BALK}
                  fill={KLEUR.gerealiseerd}
                >
                  <title>{`Gerealiseerd: ${r.gerealiseerd.tekst}`}</title>
                </rect>
                {/* The zero line beside the bars only, so it never crosses a service's name. */}
                <line
                  x1={nul}
                  x2={nul}
                  y1={y + LABEL_HOOGTE - 1}
                  y2={y + LABEL_HOOGTE + 2 * BALK + 1}
                  stroke="currentColor"
                  strokeWidth={1}
                />
              </g>
            );
          })}
        </svg>
      )}
      {overgeslagen && <Text size={200}>{overgeslagen}</Text>}
    </section>
  );
}

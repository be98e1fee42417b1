// The explanation tree as an accessible tree view (WAI-ARIA tree pattern): one tab stop, arrow
// keys move and open or close, Home/End jump, Enter on an input selects its cell in Excel. The
// visible items are rendered flat, their nesting in aria-level/-posinset/-setsize, so each item's
// name is its own line and not its descendants' too.
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { bladVerwijzing } from "../../core/grid";
import type { UitlegBron, UitlegKnoop } from "../../core/uitleg/model";
import { toonRuw, toonWaarde } from "../../core/uitleg/tekst";

const useStijl = makeStyles({
  boom: { listStyleType: "none", margin: 0, padding: 0 },
  item: { outlineStyle: "none" },
  rij: {
    display: "grid",
    gridTemplateColumns: "1em 1fr auto",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "baseline",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "default",
  },
  focus: {
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: tokens.colorStrokeFocus2,
    backgroundColor: tokens.colorSubtleBackgroundHover,
  },
  pijl: { color: tokens.colorNeutralForeground3, userSelect: "none" },
  label: { overflowWrap: "anywhere" },
  waarde: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold },
  hoe: {
    gridColumnStart: 2,
    gridColumnEnd: 4,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
});

/** A node's place in the tree: "0", "0.2", "0.2.1". */
type Pad = string;

interface Zichtbaar {
  pad: Pad;
  knoop: UitlegKnoop;
  ouder?: Pad;
  /** aria-level, and the place among its siblings (aria-posinset of aria-setsize). */
  niveau: number;
  positie: number;
  aantal: number;
}

/** Paths opened at first: the root and its children, so the first two levels are visible. */
function beginOpen(boom: UitlegKnoop): Set<Pad> {
  const open = new Set<Pad>(["0"]);
  boom.kinderen.forEach((k, i) => {
    if (k.kinderen.length > 0) open.add(`0.${i}`);
  });
  return open;
}

function allePaden(boom: UitlegKnoop): Set<Pad> {
  const open = new Set<Pad>();
  const loop = (k: UitlegKnoop, pad: Pad) => {
    if (k.kinderen.length === 0) return;
    open.add(pad);
    k.kinderen.forEach((kind, i) => loop(kind, `${pad}.${i}`));
  };
  loop(boom, "0");
  return open;
}

/** The items a reader can reach now: every node whose ancestors are all open, in reading order. */
function zichtbareItems(boom: UitlegKnoop, open: ReadonlySet<Pad>): Zichtbaar[] {
  const uit: Zichtbaar[] = [];
  const loop = (k: UitlegKnoop, pad: Pad, niveau: number, positie: number, aantal: number, ouder?: Pad) => {
    uit.push({ pad, knoop: k, ouder, niveau, positie, aantal });
    if (open.has(pad))
      k.kinderen.forEach((kind, i) => loop(kind, `${pad}.${i}`, niveau + 1, i + 1, k.kinderen.length, pad));
  };
  loop(boom, "0", 1, 1, 1);
  return uit;
}

export interface UitlegBoomProps {
  boom: UitlegKnoop;
  /** Accessible name of the tree: "Uitleg bij Eindafrekening!C40". */
  label: string;
  /** Selects an input's cell in Excel. */
  onKiesBron: (bron: UitlegBron) => void;
  /**
   * Which nodes are open at first: the first two levels (default), all, or only the root. The
   * section's "Alles uitklappen" / "Alles inklappen" remount the tree with another value.
   */
  beginStand?: "standaard" | "open" | "dicht";
}

export function UitlegBoom({ boom, label, onKiesBron, beginStand = "standaard" }: UitlegBoomProps) {
  const s = useStijl();
  const [open, setOpen] = useState<Set<Pad>>(() =>
    beginStand === "open" ? allePaden(boom) : beginStand === "dicht" ? new Set() : beginOpen(boom),
  );
  const [actief, setActief] = useState<Pad>("0");
  const [focus, setFocus] = useState<Pad | null>(null);
  const items = useRef(new Map<Pad, HTMLLIElement>());

  const zichtbaar = useMemo(() => zichtbareItems(boom, open), [boom, open]);

  const ga = (pad: Pad) => {
    setActief(pad);
    items.current.get(pad)?.focus();
  };
  const zet = (pad: Pad, openen: boolean) =>
    setOpen((o) => {
      const n = new Set(o);
      if (openen) n.add(pad);
      else n.delete(pad);
      return n;
    });

  const toets = (e: KeyboardEvent<HTMLUListElement>) => {
    const i = zichtbaar.findIndex((z) => z.pad === actief);
    if (i < 0) return;
    const hier = zichtbaar[i];
    const heeftKinderen = hier.knoop.kinderen.length > 0;
    let verwerkt = true;
    switch (e.key) {
      case "ArrowDown":
        if (i + 1 < zichtbaar.length) ga(zichtbaar[i + 1].pad);
        break;
      case "ArrowUp":
        if (i > 0) ga(zichtbaar[i - 1].pad);
        break;
      case "Home":
        ga(zichtbaar[0].pad);
        break;
      case "End":
        ga(zichtbaar[zichtbaar.length - 1].pad);
        break;
      case "ArrowRight":
        if (heeftKinderen && !open.has(hier.pad)) zet(hier.pad, true);
        else if (heeftKinderen) ga(`${hier.pad}.0`);
        break;
      case "ArrowLeft":
        if (heeftKinderen && open.has(hier.pad)) zet(hier.pad, false);
        else if (hier.ouder) ga(hier.ouder);
        break;
      case "Enter":
      case " ":
        if (hier.knoop.bron) onKiesBron(hier.knoop.bron);
        else if (heeftKinderen) zet(hier.pad, !open.has(hier.pad));
        break;
      default:
        verwerkt = false;
    }
    if (verwerkt) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const item = ({ knoop, pad, niveau, positie, aantal }: Zichtbaar) => {
    const heeftKinderen = knoop.kinderen.length > 0;
    const isOpen = heeftKinderen && open.has(pad);
    const bron = knoop.bron;
    return (
      <li
        key={pad}
        ref={(el) => {
          if (el) items.current.set(pad, el);
          else items.current.delete(pad);
        }}
        role="treeitem"
        aria-level={niveau}
        aria-posinset={positie}
        aria-setsize={aantal}
        aria-expanded={heeftKinderen ? isOpen : undefined}
        tabIndex={pad === actief ? 0 : -1}
        className={s.item}
        onFocus={(e) => {
          if (e.target !== e.currentTarget) return;
          setActief(pad);
          setFocus(pad);
        }}
        onBlur={(e) => {
          if (e.target === e.currentTarget) setFocus(null);
        }}
        onClick={(e) => {
          e.stopPropagation();
          ga(pad);
          if (heeftKinderen) zet(pad, !isOpen);
        }}
      >
        <div
          className={mergeClasses(s.rij, focus === pad && s.focus)}
          style={{ paddingLeft: `calc(${niveau - 1} * 1.1em)` }}
        >
          <span className={s.pijl} aria-hidden="true">
            {heeftKinderen ? (isOpen ? "▾" : "▸") : ""}
          </span>
          <span className={s.label}>{knoop.label}</span>
          <span className={s.waarde}>{toonWaarde(knoop)}</span>
          <span className={s.hoe}>
            {bron ? (
              <>
                {/* Not a tab stop of its own: the tree item is, and Enter on it does the same. */}
                <Link
                  as="button"
                  tabIndex={-1}
                  inline
                  title={`Selecteer ${bladVerwijzing(bron.blad, bron.cel)} in Excel`}
                  onClick={(e) => {
                    e.stopPropagation();
                    ga(pad);
                    onKiesBron(bron);
                  }}
                >
                  {bladVerwijzing(bron.blad, bron.cel)}
                </Link>
                , ingevuld: {toonRuw(bron.ruw)}
                {knoop.omschrijving.startsWith("uit ") ? ` (${knoop.omschrijving})` : ""}
              </>
            ) : (
              knoop.omschrijving
            )}
          </span>
        </div>
      </li>
    );
  };

  return (
    <ul role="tree" aria-label={label} className={s.boom} onKeyDown={toets}>
      {zichtbaar.map(item)}
    </ul>
  );
}

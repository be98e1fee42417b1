// The undo state every writing section shares: whether Excel holds this section's restore point,
// the last result, and the Dutch line after an undo. One copy, so the three sections cannot drift.
import { useEffect, useState } from "react";
import type { Taak } from "./useTaak";

export interface Herstelpunt<U> {
  uitkomst: U | null;
  herstel: boolean;
  melding: string | null;
  /** Runs the section's write; a result with a restore point turns undo on. */
  schrijf: (werk: () => Promise<U>) => Promise<void>;
  /** Runs the undo and says in Dutch whether there was anything to undo. */
  maakOngedaan: (werk: () => Promise<boolean>) => Promise<void>;
}

export function useHerstelpunt<U extends { herstelpunt: boolean }, B>(
  taak: Taak,
  /** The section's service (absent in hosts without it); the check reruns only when it changes. */
  bron: B | undefined,
  kanOngedaan: (bron: B) => Promise<boolean>,
  teksten: { gedaan: string; niets: string },
  /** Afrekenen: a write without a restore point also turns undo off (its restore point is replaced). */
  herstelpuntVervangt = false,
): Herstelpunt<U> {
  const [uitkomst, setUitkomst] = useState<U | null>(null);
  const [herstel, setHerstel] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    if (!bron) return;
    let actueel = true;
    kanOngedaan(bron).then(
      (ja) => actueel && setHerstel(ja),
      () => undefined, // the button stays off; the next write says what is wrong
    );
    return () => {
      actueel = false;
    };
  }, [bron]); // the check belongs to the service: rerun only when that changes

  const schrijf = async (werk: () => Promise<U>) => {
    setMelding(null);
    setUitkomst(null);
    const u = await taak.voerUit(werk);
    if (!u) return;
    setUitkomst(u);
    if (herstelpuntVervangt) setHerstel(u.herstelpunt);
    else if (u.herstelpunt) setHerstel(true);
  };

  const maakOngedaan = async (werk: () => Promise<boolean>) => {
    const hersteld = await taak.voerUit(werk);
    if (hersteld === undefined) return;
    setHerstel(false);
    setUitkomst(null);
    setMelding(hersteld ? teksten.gedaan : teksten.niets);
  };

  return { uitkomst, herstel, melding, schrijf, maakOngedaan };
}

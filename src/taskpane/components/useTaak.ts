// Runs one piece of work for a section: busy flag for the spinner, Dutch error for the MessageBar.
import { useCallback, useRef, useState } from "react";
import { foutTekst } from "../dienst";

export interface Taak {
  bezig: boolean;
  fout: string | null;
  /** Runs `werk` unless work is already running; resolves to its result, or undefined on error. */
  voerUit: <T>(werk: () => Promise<T>) => Promise<T | undefined>;
  wisFout: () => void;
}

export function useTaak(): Taak {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const loopt = useRef(false);
  const voerUit = useCallback(async <T>(werk: () => Promise<T>): Promise<T | undefined> => {
    if (loopt.current) return undefined;
    loopt.current = true;
    setBezig(true);
    setFout(null);
    try {
      return await werk();
    } catch (e) {
      setFout(foutTekst(e));
      return undefined;
    } finally {
      loopt.current = false;
      setBezig(false);
    }
  }, []);
  const wisFout = useCallback(() => setFout(null), []);
  return { bezig, fout, voerUit, wisFout };
}

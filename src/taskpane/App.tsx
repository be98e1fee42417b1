// The task pane: the sections of ONDERDELEN over one service, each loaded on first view.
import { Suspense, lazy, useEffect, useState, type ComponentType, type LazyExoticComponent } from "react";
import {
  Caption1,
  FluentProvider,
  Text,
  Title3,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { TaakvensterDienst } from "./dienst";
import { Foutgrens } from "./components/Foutgrens";
import { Kader } from "./components/Kader";
import { Tabbladen, paneelId, tabId } from "./components/Tabbladen";

const useStijl = makeStyles({
  pagina: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  kop: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalS },
  titel: { margin: 0 },
  paneel: { paddingTop: tokens.spacingVerticalM },
});

/** What every section gets: the service, and whether it is the one shown (to fetch on first view). */
export interface OnderdeelProps {
  dienst: TaakvensterDienst;
  actief: boolean;
}

interface Onderdeel {
  waarde: string;
  label: string;
  /** The section, its code in its own chunk (loaded when first rendered). */
  Weergave: LazyExoticComponent<ComponentType<OnderdeelProps>>;
}

/** A section from a module that exports it by name. */
function onderdeel<K extends string, M extends { [k in K]: ComponentType<OnderdeelProps> }>(
  waarde: string,
  label: string,
  module: () => Promise<M>,
  naam: K,
): Onderdeel {
  return { waarde, label, Weergave: lazy(() => module().then((m) => ({ default: m[naam] }))) };
}

/** The sections, in tab order. Adding a section is one line here (and its component file). */
const ONDERDELEN: readonly Onderdeel[] = [
  onderdeel("controleren", "Controleren", () => import("./components/Controleren"), "Controleren"),
  onderdeel("koppelen", "Koppelen", () => import("./components/Koppelen"), "Koppelen"),
  onderdeel("afrekenen", "Afrekenen", () => import("./components/Afrekenen"), "Afrekenen"),
  onderdeel("uitleg", "Uitleg", () => import("./components/Uitleg"), "Uitleg"),
  onderdeel("loonbatch", "Loonbatch", () => import("./components/Loonbatch"), "Loonbatch"),
  onderdeel("nieuwjaar", "Nieuw jaar", () => import("./components/NieuwJaar"), "NieuwJaar"),
  onderdeel("ontplooj", "Ontplooj-breed", () => import("./components/OntploojBreed"), "OntploojBreed"),
];

/**
 * Calls `doe` in a task after the browser has painted the next frame (a task queued from
 * requestAnimationFrame runs after that frame). Returns a function that cancels it.
 */
function naVolgendeWeergave(doe: () => void): () => void {
  let taak: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    taak = setTimeout(doe, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(taak);
  };
}

const laden = <Text role="status">Laden…</Text>;

const NIET_GELADEN = (
  <Kader
    soort="fout"
    titel="Het taakvenster kon niet worden geladen"
    tekst="Een deel van de invoegtoepassing kwam niet binnen. Controleer de verbinding, sluit het taakvenster en open het opnieuw; uw werkmap is niet gewijzigd."
  />
);

export function App({
  laadDienst,
  thema,
}: {
  /** The service (its module with the Office.js adapter comes in its own chunk). */
  laadDienst: () => Promise<TaakvensterDienst>;
  thema: Theme;
}) {
  const s = useStijl();
  const [gekozen, setGekozen] = useState(ONDERDELEN[0].waarde);
  // The first paint is the page's frame (title and tabs); the service, the sections, their chunks
  // and their first requests follow after it, so none of that work delays it.
  const [dienst, setDienst] = useState<TaakvensterDienst | "fout" | null>(null);
  useEffect(
    () =>
      naVolgendeWeergave(() => {
        laadDienst().then(setDienst, () => setDienst("fout"));
      }),
    [laadDienst],
  );
  return (
    <FluentProvider theme={thema}>
      <Foutgrens>
        <main className={s.pagina}>
          <header className={s.kop}>
            <Title3 as="h1" className={s.titel}>
              Ontplooj afrekening
            </Title3>
            <Caption1>Controle en eindafrekening van de DVO met Ontplooj</Caption1>
          </header>
          <Tabbladen tabs={ONDERDELEN} gekozen={gekozen} onKies={setGekozen} label="Onderdelen" />
          {/* Every section is mounted right after the first paint and stays mounted, so each keeps
              its results while another is shown. Their code comes in its own chunks. */}
          {ONDERDELEN.map(({ waarde, Weergave }) => (
            <section
              key={waarde}
              id={paneelId(waarde)}
              role="tabpanel"
              aria-labelledby={tabId(waarde)}
              hidden={gekozen !== waarde}
              className={s.paneel}
            >
              {dienst === null ? (
                laden
              ) : dienst === "fout" ? (
                NIET_GELADEN
              ) : (
                <Foutgrens>
                  <Suspense fallback={laden}>
                    <Weergave dienst={dienst} actief={gekozen === waarde} />
                  </Suspense>
                </Foutgrens>
              )}
            </section>
          ))}
        </main>
      </Foutgrens>
    </FluentProvider>
  );
}

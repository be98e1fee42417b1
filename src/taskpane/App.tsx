// The task pane: four sections (Controleren, Koppelen, Afrekenen, Loonbatch) over one service.
import { useState } from "react";
import {
  Caption1,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { TaakvensterDienst } from "./dienst";
import { Afrekenen } from "./components/Afrekenen";
import { Controleren } from "./components/Controleren";
import { Foutgrens } from "./components/Foutgrens";
import { Koppelen } from "./components/Koppelen";
import { Loonbatch } from "./components/Loonbatch";
import { NieuwJaar } from "./components/NieuwJaar";
import { OntploojBreed } from "./components/OntploojBreed";

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

type Onderdeel = "controleren" | "koppelen" | "afrekenen" | "loonbatch" | "nieuwjaar" | "ontplooj";

const ONDERDELEN: { waarde: Onderdeel; label: string }[] = [
  { waarde: "controleren", label: "Controleren" },
  { waarde: "koppelen", label: "Koppelen" },
  { waarde: "afrekenen", label: "Afrekenen" },
  { waarde: "loonbatch", label: "Loonbatch" },
  { waarde: "nieuwjaar", label: "Nieuw jaar" },
  { waarde: "ontplooj", label: "Ontplooj-breed" },
];

export function App({ dienst, thema }: { dienst: TaakvensterDienst; thema: Theme }) {
  const s = useStijl();
  const [onderdeel, setOnderdeel] = useState<Onderdeel>("controleren");
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
          <TabList
            selectedValue={onderdeel}
            onTabSelect={(_, d) => setOnderdeel(d.value as Onderdeel)}
            aria-label="Onderdelen"
            size="small"
          >
            {ONDERDELEN.map((o) => (
              <Tab
                key={o.waarde}
                value={o.waarde}
                id={`tab-${o.waarde}`}
                aria-controls={`paneel-${o.waarde}`}
              >
                {o.label}
              </Tab>
            ))}
          </TabList>
          {/* The sections stay mounted, so each keeps its results while another is shown. */}
          {ONDERDELEN.map((o) => (
            <section
              key={o.waarde}
              id={`paneel-${o.waarde}`}
              role="tabpanel"
              aria-labelledby={`tab-${o.waarde}`}
              hidden={onderdeel !== o.waarde}
              className={s.paneel}
            >
              <Foutgrens>
                {o.waarde === "controleren" && <Controleren dienst={dienst} />}
                {o.waarde === "koppelen" && <Koppelen dienst={dienst} actief={onderdeel === "koppelen"} />}
                {o.waarde === "afrekenen" && <Afrekenen dienst={dienst} />}
                {o.waarde === "loonbatch" && <Loonbatch dienst={dienst} actief={onderdeel === "loonbatch"} />}
                {o.waarde === "nieuwjaar" && <NieuwJaar dienst={dienst} />}
                {o.waarde === "ontplooj" && <OntploojBreed dienst={dienst} />}
              </Foutgrens>
            </section>
          ))}
        </main>
      </Foutgrens>
    </FluentProvider>
  );
}

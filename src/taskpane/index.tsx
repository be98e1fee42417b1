// Entry of the task pane: waits for Office, then renders the panel (or a Dutch note outside Excel).
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { VEREISTE_EXCEL_API, ondersteuntExcelApi } from "../excel/omgeving";
import { App } from "./App";
import { Kader } from "./components/Kader";
import type { TaakvensterDienst } from "./dienst";
import { laadThema } from "./thema";

function Notitie({ titel, tekst }: { titel: string; tekst: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Kader soort="info" titel={titel} tekst={tekst} />
      </main>
    </FluentProvider>
  );
}

const BUITEN_EXCEL =
  "Dit taakvenster werkt in Excel. Open het daar via Start > Invoegtoepassingen (zie docs/taakvenster.md); " +
  "zonder Excel doet de opdrachtregel hetzelfde: npm run -s cli -- demo.";

/** The service on Office.js, in its own chunk: the first paint does not need it. */
const laadExcelDienst = (): Promise<TaakvensterDienst> =>
  import(/* webpackChunkName: "dienst" */ "./excelDienst").then((m) => m.maakExcelDienst());

function start(): void {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  if (typeof Office === "undefined") {
    root.render(<Notitie titel="Office is niet geladen" tekst={BUITEN_EXCEL} />);
    return;
  }
  Office.onReady().then(
    (info) => {
      if (info.host !== Office.HostType.Excel) {
        root.render(<Notitie titel="Niet in Excel geopend" tekst={BUITEN_EXCEL} />);
      } else if (!ondersteuntExcelApi(VEREISTE_EXCEL_API)) {
        root.render(
          <Notitie
            titel="Deze Excel is te oud"
            tekst={`De invoegtoepassing heeft ExcelApi ${VEREISTE_EXCEL_API} nodig: Excel op het web, Microsoft 365 of Excel 2021 en later.`}
          />,
        );
      } else {
        void laadThema(Office.context.officeTheme).then((thema) =>
          root.render(<App laadDienst={laadExcelDienst} thema={thema} />),
        );
      }
    },
    () => root.render(<Notitie titel="Office startte niet" tekst={BUITEN_EXCEL} />),
  );
}

start();

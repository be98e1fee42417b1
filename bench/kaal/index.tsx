// The anchor of the task pane bench: a bare React 19 + Fluent UI v9 page with one Button, started
// the way the pane starts (after Office.onReady), built by the same webpack configuration.
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";

function Kaal() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <h1>Kale pagina</h1>
        <Button appearance="primary">Knop</Button>
      </main>
    </FluentProvider>
  );
}

const element = document.getElementById("root");
if (element) {
  const root = createRoot(element);
  void Office.onReady().then(() => root.render(<Kaal />));
}

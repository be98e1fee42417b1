// Error boundary: a render error shows a Dutch message and a way back, never a blank panel.
// Its message is a plain alert box, not Fluent's MessageBar: the boundary is in the first bundle,
// and the MessageBar (with its icons) is needed there only in this rare case.
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { Kader } from "./Kader";

interface Staat {
  fout: boolean;
}

export class Foutgrens extends Component<{ children: ReactNode }, Staat> {
  override state: Staat = { fout: false };

  static getDerivedStateFromError(): Staat {
    return { fout: true };
  }

  override componentDidCatch(_fout: Error, _info: ErrorInfo): void {
    // Nothing is logged: an error message could contain workbook content (personal data).
  }

  override render(): ReactNode {
    if (!this.state.fout) return this.props.children;
    return (
      <div role="alert">
        <Kader
          soort="fout"
          titel="Het taakvenster liep vast"
          tekst="Er ging iets mis bij het tonen van dit onderdeel. Uw werkmap is niet gewijzigd door deze fout."
        />
        <Button onClick={() => this.setState({ fout: false })} style={{ marginTop: 8 }}>
          Opnieuw proberen
        </Button>
      </div>
    );
  }
}

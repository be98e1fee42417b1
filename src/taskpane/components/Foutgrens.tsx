// Error boundary: a render error shows a Dutch message and a way back, never a blank panel.
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { Foutmelding } from "./Meldingen";

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
        <Foutmelding
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

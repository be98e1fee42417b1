// Error boundary: a render error shows a Dutch message and a way back, never a blank panel.
// Its message is a plain alert box, not Fluent's MessageBar, and its button a plain button in
// Fluent's colours, not Fluent's Button: the boundary is in the first bundle, and those controls
// (with the token table Button's styles keep at run time) are needed there only in this rare case.
import { Component, type ErrorInfo, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Kader } from "./Kader";

interface Staat {
  fout: boolean;
}

const useStijl = makeStyles({
  knop: {
    marginTop: tokens.spacingVerticalS,
    minWidth: "96px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
    },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

function Melding({ opnieuw }: { opnieuw: () => void }) {
  const s = useStijl();
  return (
    <div role="alert">
      <Kader
        soort="fout"
        titel="Het taakvenster liep vast"
        tekst="Er ging iets mis bij het tonen van dit onderdeel. Uw werkmap is niet gewijzigd door deze fout."
      />
      <button type="button" className={s.knop} onClick={opnieuw}>
        Opnieuw proberen
      </button>
    </div>
  );
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
    return <Melding opnieuw={() => this.setState({ fout: false })} />;
  }
}

// A small on/off button (aria-pressed), for the findings filter. A plain button with Fluent's
// tokens instead of Fluent's ToggleButton: the filter needs no more than this.
import type { ReactNode } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStijl = makeStyles({
  knop: {
    minHeight: "24px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ":disabled": {
      cursor: "not-allowed",
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeDisabled}`,
    },
  },
  aan: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Selected}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
});

export function Schakelknop({
  aan,
  uit = false,
  onClick,
  children,
}: {
  /** Pressed (aria-pressed). */
  aan: boolean;
  /** Disabled. */
  uit?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  const s = useStijl();
  return (
    <button
      type="button"
      aria-pressed={aan}
      disabled={uit}
      className={mergeClasses(s.knop, aan && s.aan)}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

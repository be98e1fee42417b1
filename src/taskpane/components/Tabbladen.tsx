// The panel's section tabs: the WAI-ARIA tabs pattern with manual activation (role tablist/tab,
// one tab stop on the chosen tab, arrow keys and Home/End move the focus, Enter or Space choose).
// Plain buttons instead of Fluent's TabList: the same keyboard behaviour without tabster, which
// costs the pane more script and start-up time than the four keys it handles here.
import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export interface Tab {
  waarde: string;
  label: string;
}

const useStijl = makeStyles({
  lijst: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXXS },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": {
      color: tokens.colorNeutralForeground2Hover,
      backgroundColor: tokens.colorSubtleBackgroundHover,
    },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    // The indicator under the chosen tab; its place is kept so the text does not jump.
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: "transparent",
    },
  },
  gekozen: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1 },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

export const tabId = (waarde: string) => `tab-${waarde}`;
export const paneelId = (waarde: string) => `paneel-${waarde}`;

export function Tabbladen({
  tabs,
  gekozen,
  onKies,
  label,
}: {
  tabs: readonly Tab[];
  gekozen: string;
  onKies: (waarde: string) => void;
  /** Accessible name of the tab list. */
  label: string;
}) {
  const s = useStijl();
  const lijst = useRef<HTMLDivElement>(null);

  const toets = (e: KeyboardEvent<HTMLDivElement>) => {
    const knoppen = Array.from(lijst.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? []);
    const nu = knoppen.indexOf(document.activeElement as HTMLButtonElement);
    if (nu < 0) return;
    const n = knoppen.length;
    const doel =
      e.key === "ArrowRight"
        ? (nu + 1) % n
        : e.key === "ArrowLeft"
          ? (nu - 1 + n) % n
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? n - 1
              : -1;
    if (doel < 0) return;
    e.preventDefault();
    knoppen[doel].focus();
  };

  return (
    <div ref={lijst} role="tablist" aria-label={label} className={s.lijst} onKeyDown={toets}>
      {tabs.map((t) => {
        const is = t.waarde === gekozen;
        return (
          <button
            key={t.waarde}
            type="button"
            role="tab"
            id={tabId(t.waarde)}
            aria-controls={paneelId(t.waarde)}
            aria-selected={is}
            tabIndex={is ? 0 : -1}
            className={mergeClasses(s.tab, is && s.gekozen)}
            onClick={() => onKies(t.waarde)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}

// A light message box (title and text) for the first bundle: the error boundary and the notes shown
// outside Excel. The sections use Fluent's MessageBar (Meldingen.tsx), loaded with them.
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStijl = makeStyles({
  kader: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  fout: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
});

export function Kader({ titel, tekst, soort }: { titel: string; tekst: string; soort: "info" | "fout" }) {
  const s = useStijl();
  return (
    <div className={mergeClasses(s.kader, s[soort])}>
      <Text weight="semibold">{titel}</Text>
      <Text>{tekst}</Text>
    </div>
  );
}

// A plain, compact HTML table in Fluent's tokens: Fluent's Table brings sorting, selection and
// their dependencies into the bundle, which these read-only overviews do not need.
import type { ReactNode, TdHTMLAttributes } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStijl = makeStyles({
  tabel: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  kop: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  cel: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  bedrag: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

export function Tabel({
  label,
  koppen,
  children,
}: {
  label: string;
  koppen: { tekst: string; bedrag?: boolean }[];
  children: ReactNode;
}) {
  const s = useStijl();
  return (
    <table className={s.tabel} aria-label={label}>
      <thead>
        <tr>
          {koppen.map((k) => (
            <th key={k.tekst} scope="col" className={mergeClasses(s.kop, k.bedrag && s.bedrag)}>
              {k.tekst}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function Cel({
  bedrag,
  className,
  ...rest
}: TdHTMLAttributes<HTMLTableCellElement> & { bedrag?: boolean }) {
  const s = useStijl();
  return <td {...rest} className={mergeClasses(s.cel, bedrag && s.bedrag, className)} />;
}

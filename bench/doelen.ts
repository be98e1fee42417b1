// The goal table of issue 14: each bench registers its measure beside a floor (or anchor) measured
// in the same run, and `npm run bench` prints all rows at the end as ratios against those floors.
export interface Doel {
  /** What is measured, in Dutch: "NACALC, 10.000 regels, exact tegen JS-floats". */
  maat: string;
  nu: number;
  vloer: number;
  /** Unit of `nu` and `vloer`: "ms", "MiB", "KB", "s". */
  eenheid: string;
  /** The goal as the largest allowed ratio nu / vloer (e.g. 3 for "≤ 3×"), or an absolute cap. */
  doel: { verhouding: number } | { hoogstens: number };
}

const rijen: Doel[] = [];

export function registreerDoel(d: Doel): void {
  rijen.push(d);
}

function getal(n: number): string {
  return n >= 100
    ? Math.round(n).toLocaleString("nl-NL")
    : n.toLocaleString("nl-NL", { maximumFractionDigits: 3 });
}

/** Whether a row meets its goal. */
export function gehaald(d: Doel): boolean {
  return "verhouding" in d.doel ? d.nu / d.vloer <= d.doel.verhouding : d.nu <= d.doel.hoogstens;
}

/** The table as Markdown-like text lines, in registration order. */
export function doelTabel(): string[] {
  if (rijen.length === 0) return [];
  const kop = ["maat", "nu", "vloer / anker", "verhouding", "doel", "gehaald"];
  const regels = rijen.map((d) => [
    d.maat,
    `${getal(d.nu)} ${d.eenheid}`,
    d.vloer > 0 ? `${getal(d.vloer)} ${d.eenheid}` : "—",
    d.vloer > 0 ? `${(d.nu / d.vloer).toFixed(2).replace(".", ",")}×` : "—",
    "verhouding" in d.doel
      ? `≤ ${String(d.doel.verhouding).replace(".", ",")}×`
      : `≤ ${getal(d.doel.hoogstens)} ${d.eenheid}`,
    gehaald(d) ? "ja" : "NEE",
  ]);
  return [
    `| ${kop.join(" | ")} |`,
    `|${kop.map(() => "---").join("|")}|`,
    ...regels.map((r) => `| ${r.join(" | ")} |`),
  ];
}

// Office's theme (the colours of the Excel the panel sits in) as a Fluent UI theme.
// Fluent's dark theme is computed when its module loads (a few milliseconds of start-up), so it
// comes in its own chunk (themaDonker.ts), only for an Office with a dark background.
import { webLightTheme, type Theme } from "@fluentui/react-components";

export interface OfficeThema {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

function helderheid(kleur: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(kleur.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** Whether Office's background is dark (then the panel uses Fluent's dark theme as its base). */
export function isDonker(office?: OfficeThema | null): boolean {
  const licht = office?.bodyBackgroundColor ? helderheid(office.bodyBackgroundColor) : null;
  return licht !== null && licht < 0.5;
}

/**
 * Office's colours over `basis`: Fluent's dark theme when isDonker(office), else its light one.
 * Without an Office theme: Fluent's light web theme.
 */
export function fluentThema(office: OfficeThema | null | undefined, basis: Theme = webLightTheme): Theme {
  const achtergrond = office?.bodyBackgroundColor;
  if (!achtergrond || helderheid(achtergrond) === null) return webLightTheme;
  return {
    ...basis,
    colorNeutralBackground1: normaalKleur(achtergrond),
    ...(office?.bodyForegroundColor
      ? { colorNeutralForeground1: normaalKleur(office.bodyForegroundColor) }
      : {}),
  };
}

/** The panel's theme for Office's: loads the dark base only when Office is dark. */
export async function laadThema(office?: OfficeThema | null): Promise<Theme> {
  if (!isDonker(office)) return fluentThema(office);
  try {
    const { webDarkTheme } = await import(/* webpackChunkName: "thema-donker" */ "./themaDonker");
    return fluentThema(office, webDarkTheme);
  } catch {
    // Its chunk did not load (connection lost): the light base still shows everything.
    return fluentThema(office);
  }
}

function normaalKleur(k: string): string {
  return k.startsWith("#") ? k : `#${k}`;
}

// Office's theme (the colours of the Excel the panel sits in) as a Fluent UI theme.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

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

/** Without an Office theme: Fluent's light web theme. */
export function fluentThema(office?: OfficeThema | null): Theme {
  const achtergrond = office?.bodyBackgroundColor;
  if (!achtergrond) return webLightTheme;
  const licht = helderheid(achtergrond);
  if (licht === null) return webLightTheme;
  const basis = licht < 0.5 ? webDarkTheme : webLightTheme;
  return {
    ...basis,
    colorNeutralBackground1: achtergrond.startsWith("#") ? achtergrond : `#${achtergrond}`,
    ...(office?.bodyForegroundColor
      ? { colorNeutralForeground1: normaalKleur(office.bodyForegroundColor) }
      : {}),
  };
}

function normaalKleur(k: string): string {
  return k.startsWith("#") ? k : `#${k}`;
}

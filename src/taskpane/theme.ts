/** The pane follows Office's theme: light or dark by the body background Office reports. */
import { Theme, webLightTheme } from "@fluentui/react-components";

export function isDark(background: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The dark theme is loaded only for a dark Office: most people never download it. */
export async function themeFor(background: string | undefined): Promise<Theme> {
  return isDark(background) ? (await import("./dark-theme")).darkTheme : webLightTheme;
}

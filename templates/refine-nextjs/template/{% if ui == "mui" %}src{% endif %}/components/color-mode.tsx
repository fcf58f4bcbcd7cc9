"use client";

import { RefineThemes } from "@refinedev/mui";
import CssBaseline from "@mui/material/CssBaseline";
import { createTheme, ThemeProvider, type Theme } from "@mui/material/styles";
import { createContext, useContext, useState, type ReactNode } from "react";
import { rememberColorMode, type ColorMode } from "@/lib/color-mode";

interface ColorModeContextValue {
  mode: ColorMode;
  setMode: (mode: ColorMode) => void;
}

const ColorModeContext = createContext<ColorModeContextValue>({ mode: "light", setMode: () => undefined });

export const useColorMode = () => useContext(ColorModeContext);

/**
 * refine's blue themes, in the system font: MUI's default, Roboto, is not
 * downloaded (nothing is loaded from a font CDN), so it is not asked for.
 * Rebuilt from their options, as a theme's type scale is computed from the
 * font family when it is created.
 */
function withSystemFont({ palette, components }: Theme): Theme {
  return createTheme({
    palette: { mode: palette.mode, primary: palette.primary },
    components,
    typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif' },
  });
}

const THEMES: Record<ColorMode, Theme> = {
  light: withSystemFont(RefineThemes.Blue),
  dark: withSystemFont(RefineThemes.BlueDark),
};

/**
 * Light/dark MUI theme (refine's blue themes). `initialMode` comes from the
 * cookie on the server, so the first HTML already has the right colors.
 */
export function ColorModeProvider({ initialMode, children }: { initialMode: ColorMode; children: ReactNode }) {
  const [mode, setModeState] = useState<ColorMode>(initialMode);

  const setMode = (next: ColorMode) => {
    rememberColorMode(next);
    setModeState(next);
  };

  return (
    <ColorModeContext.Provider value={{ mode, setMode }}>
      <ThemeProvider theme={THEMES[mode]}>
        <CssBaseline enableColorScheme />
        {children}
      </ThemeProvider>
    </ColorModeContext.Provider>
  );
}

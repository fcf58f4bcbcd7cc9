"use client";

import { RefineThemes } from "@refinedev/antd";
import { ConfigProvider, theme } from "antd";
import { createContext, useContext, useState, type ReactNode } from "react";
import { rememberColorMode, type ColorMode } from "@/lib/color-mode";

interface ColorModeContextValue {
  mode: ColorMode;
  setMode: (mode: ColorMode) => void;
}

const ColorModeContext = createContext<ColorModeContextValue>({ mode: "light", setMode: () => undefined });

export const useColorMode = () => useContext(ColorModeContext);

/**
 * Light/dark antd theme. `initialMode` comes from the cookie on the server
 * (pages/_app.tsx), so the first HTML already has the right colors.
 */
export function ColorModeProvider({ initialMode, children }: { initialMode: ColorMode; children: ReactNode }) {
  const [mode, setModeState] = useState<ColorMode>(initialMode);

  const setMode = (next: ColorMode) => {
    rememberColorMode(next);
    setModeState(next);
  };

  return (
    <ColorModeContext.Provider value={{ mode, setMode }}>
      <ConfigProvider
        theme={{
          ...RefineThemes.Blue,
          algorithm: mode === "dark" ? theme.darkAlgorithm : theme.defaultAlgorithm,
        }}
      >
        {children}
      </ConfigProvider>
    </ColorModeContext.Provider>
  );
}

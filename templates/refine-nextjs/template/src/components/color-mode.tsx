"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { rememberColorMode, type ColorMode } from "@/lib/color-mode";

interface ColorModeContextValue {
  mode: ColorMode;
  setMode: (mode: ColorMode) => void;
}

const ColorModeContext = createContext<ColorModeContextValue>({ mode: "light", setMode: () => undefined });

/** The current light/dark mode and its setter, for the kit's theme and its header switch. */
export const useColorMode = () => useContext(ColorModeContext);

/**
 * Light/dark mode. The server already rendered `<html class="dark">` from the
 * cookie (app/layout.tsx or pages/_document.tsx) and `initialMode` is that same
 * value; switching flips the class and the cookie, so the next server render matches.
 */
export function ColorModeProvider({ initialMode, children }: { initialMode: ColorMode; children: ReactNode }) {
  const [mode, setModeState] = useState<ColorMode>(initialMode);

  const setMode = (next: ColorMode) => {
    rememberColorMode(next);
    document.documentElement.classList.toggle("dark", next === "dark");
    setModeState(next);
  };

  return <ColorModeContext.Provider value={{ mode, setMode }}>{children}</ColorModeContext.Provider>;
}

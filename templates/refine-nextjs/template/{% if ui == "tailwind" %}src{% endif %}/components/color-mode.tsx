"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { MoonIcon, SunIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { rememberColorMode, type ColorMode } from "@/lib/color-mode";

interface ColorModeContextValue {
  mode: ColorMode;
  setMode: (mode: ColorMode) => void;
}

const ColorModeContext = createContext<ColorModeContextValue>({ mode: "light", setMode: () => undefined });

export const useColorMode = () => useContext(ColorModeContext);

/**
 * Light/dark mode. The server already rendered `<html class="dark">` from the
 * cookie (`initialMode`); switching sets the class on <html> and the cookie,
 * so the next server render matches.
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

/** The header's light/dark switch. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorMode();
  const dark = mode === "dark";

  return (
    <Button
      variant="ghost"
      role="switch"
      aria-checked={dark}
      aria-label="Dark mode"
      title={dark ? "Switch to light mode" : "Switch to dark mode"}
      onClick={() => setMode(dark ? "light" : "dark")}
    >
      {dark ? <MoonIcon /> : <SunIcon />}
    </Button>
  );
}

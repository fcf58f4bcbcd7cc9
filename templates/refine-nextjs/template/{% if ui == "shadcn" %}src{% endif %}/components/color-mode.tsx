"use client";

import { MoonIcon, SunIcon } from "lucide-react";
import { createContext, useContext, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { rememberColorMode, type ColorMode } from "@/lib/color-mode";

interface ColorModeContextValue {
  mode: ColorMode;
  setMode: (mode: ColorMode) => void;
}

const ColorModeContext = createContext<ColorModeContextValue>({ mode: "light", setMode: () => undefined });

export const useColorMode = () => useContext(ColorModeContext);

/**
 * Light/dark mode. The theme is the `dark` class on <html> (see
 * src/styles/globals.css); the server sets it from the cookie, so
 * `initialMode` only has to agree with it, and a change flips the class and
 * the cookie in the browser.
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

/** The header's sun/moon button. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorMode();
  const dark = mode === "dark";

  return (
    <Button
      variant="outline"
      size="icon"
      aria-label="Dark mode"
      aria-pressed={dark}
      title={dark ? "Switch to light mode" : "Switch to dark mode"}
      onClick={() => setMode(dark ? "light" : "dark")}
    >
      {dark ? <MoonIcon /> : <SunIcon />}
    </Button>
  );
}

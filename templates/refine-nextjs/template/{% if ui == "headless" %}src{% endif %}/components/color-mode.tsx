"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { rememberColorMode, type ColorMode } from "@/lib/color-mode";

interface ColorModeContextValue {
  mode: ColorMode;
  setMode: (mode: ColorMode) => void;
}

const ColorModeContext = createContext<ColorModeContextValue>({ mode: "light", setMode: () => undefined });

export const useColorMode = () => useContext(ColorModeContext);

/**
 * Light/dark mode. The server already wrote `<html data-theme>` from the cookie
 * (pages/_document.tsx or app/layout.tsx) and `initialMode` is that same value;
 * switching updates the attribute, which styles/globals.css follows, and the cookie.
 */
export function ColorModeProvider({ initialMode, children }: { initialMode: ColorMode; children: ReactNode }) {
  const [mode, setModeState] = useState<ColorMode>(initialMode);

  const setMode = (next: ColorMode) => {
    document.documentElement.dataset.theme = next;
    rememberColorMode(next);
    setModeState(next);
  };

  return <ColorModeContext.Provider value={{ mode, setMode }}>{children}</ColorModeContext.Provider>;
}

/** A switch in the header; its state is rendered on the server too. */
export function ColorModeSwitch() {
  const { mode, setMode } = useColorMode();
  const dark = mode === "dark";

  return (
    <button
      type="button"
      role="switch"
      aria-checked={dark}
      aria-label="Dark mode"
      className="small"
      onClick={() => setMode(dark ? "light" : "dark")}
    >
      {dark ? "☾ Dark" : "☀ Light"}
    </button>
  );
}

"use client";

import { useColorMode } from "@/components/color-mode";
import { MoonIcon, SunIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";

/** The header's light/dark switch; the server renders its state from the cookie too. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorMode();
  const dark = mode === "dark";

  return (
    <Button
      variant="ghost"
      size="sm"
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

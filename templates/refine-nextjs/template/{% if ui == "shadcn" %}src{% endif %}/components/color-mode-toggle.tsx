"use client";

import { MoonIcon, SunIcon } from "lucide-react";
import { useColorMode } from "@/components/color-mode";
import { Button } from "@/components/ui/button";

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

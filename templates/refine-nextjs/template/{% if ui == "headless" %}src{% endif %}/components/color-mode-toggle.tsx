"use client";

import { useColorMode } from "@/components/color-mode";

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

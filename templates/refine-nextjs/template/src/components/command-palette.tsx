"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";

// refine's command palette (@refinedev/kbar, kbar, react-virtual, fuse.js) is code
// no page needs until Ctrl/⌘ + K: it loads on that first key press instead of
// with every page (~11 KiB gzip less First Load JS).
const LoadedPalette = dynamic(() => import("./command-palette-loaded").then((m) => m.LoadedPalette), {
  ssr: false,
});

/** Listens for the first Ctrl/⌘ + K, then hands over to the palette (which opens at once). */
export function CommandPalette() {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setWanted(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [wanted]);
  return wanted ? <LoadedPalette /> : null;
}

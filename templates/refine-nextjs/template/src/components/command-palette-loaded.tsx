"use client";

import { RefineKbar, RefineKbarProvider, useKBar, VisualState } from "@refinedev/kbar";
import { useEffect } from "react";

/** The key press that loaded the palette opens it (kbar's own shortcut handles the next ones). */
function OpenOnLoad() {
  const { query } = useKBar();
  useEffect(() => query.setVisualState(VisualState.animatingIn), [query]);
  return null;
}

/** refine's kbar palette: its actions are the resources of the surrounding <Refine>. */
export function LoadedPalette() {
  return (
    <RefineKbarProvider>
      <RefineKbar />
      <OpenOnLoad />
    </RefineKbarProvider>
  );
}

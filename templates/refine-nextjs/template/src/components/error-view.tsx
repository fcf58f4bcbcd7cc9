"use client";

import type { CSSProperties } from "react";
import type { ColorMode } from "@/lib/color-mode";

/*
 * The page shown when a page cannot be rendered, e.g. because the data API is
 * down (app/error.tsx, pages/_error.tsx). Kit-neutral on purpose: plain markup
 * and inline styles in the remembered color mode, the same in every UI kit.
 */

const COLORS: Record<ColorMode, { color: string; background: string }> = {
  light: { color: "#1f1f1f", background: "#ffffff" },
  dark: { color: "#e8e8e8", background: "#141414" },
};

const button: CSSProperties = {
  font: "inherit",
  color: "inherit",
  background: "transparent",
  border: "1px solid currentColor",
  borderRadius: 6,
  padding: "6px 16px",
  cursor: "pointer",
  textDecoration: "none",
};

/** A plain link's target, not next/link's: a full page load, whatever state the app is in. */
const HOME = "/";

export function ErrorView({ title, message, mode }: { title: string; message: string; mode: ColorMode }) {
  return (
    <main
      style={{
        ...COLORS[mode],
        colorScheme: mode,
        minHeight: "100vh",
        boxSizing: "border-box",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        padding: 24,
        fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      }}
    >
      <div role="alert" style={{ maxWidth: 480, textAlign: "center", lineHeight: 1.5 }}>
        <h1 style={{ fontSize: 24, fontWeight: 600, margin: "0 0 8px" }}>{title}</h1>
        <p style={{ margin: "0 0 20px", opacity: 0.75 }}>{message}</p>
        <div style={{ display: "flex", gap: 12, justifyContent: "center" }}>
          <button type="button" style={button} onClick={() => window.location.reload()}>
            Try again
          </button>
          <a href={HOME} style={button}>
            Go to the home page
          </a>
        </div>
      </div>
    </main>
  );
}

export const SERVER_ERROR = {
  title: "This page could not be loaded",
  message:
    "Something went wrong on the server, most likely the data service is unavailable. Try again in a moment.",
};

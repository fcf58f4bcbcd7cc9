"use client";

import type { ReactNode } from "react";

/** No icon beside the app title: plain text. */
export const appIcon = undefined;

/** No sider icons: the menu is a list of links. */
export const resourceIcons: Record<string, ReactNode> = {};

/** No toasts: refine's notifications are off (saving navigates, errors show in the form). */
export const notificationProvider = undefined;

/** Nothing around the app: the look is semantic HTML and src/styles/globals.css. */
export function Shell({ children }: { children: ReactNode }) {
  return children;
}

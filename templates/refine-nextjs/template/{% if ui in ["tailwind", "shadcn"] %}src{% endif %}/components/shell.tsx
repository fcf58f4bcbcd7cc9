"use client";

import type { ReactNode } from "react";
import { AppIcon, CategoriesIcon, DashboardIcon, InfoIcon, PostsIcon, UsersIcon } from "@/components/icons";
import { Toaster } from "@/components/notifications";

export { notificationProvider } from "@/lib/toasts";

/*
 * The shell of the two Tailwind CSS kits: their toasts around the app, and the
 * icons (each kit's own set, in @/components/icons) beside the title and resources.
 */

/** The icon beside the app title (sider, auth pages). */
export const appIcon = <AppIcon />;

/** Each resource's sider icon (src/resources/index.tsx). */
export const resourceIcons = {
  dashboard: <DashboardIcon />,
  posts: <PostsIcon />,
  categories: <CategoriesIcon />,
  users: <UsersIcon />,
  about: <InfoIcon />,
};

/** The app and its toasts (refine's notifications: src/components/notifications.tsx). */
export function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Toaster />
    </>
  );
}

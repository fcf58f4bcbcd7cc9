"use client";

import { FileTextIcon, InfoIcon, LayoutDashboardIcon, LayoutGridIcon, TagsIcon, UsersIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Toaster } from "@/components/notifications";

export { useNotificationProvider as notificationProvider } from "@/components/notifications";

/** The icon beside the app title (sider, auth pages). */
export const appIcon = <LayoutGridIcon />;

/** Each resource's sider icon (src/resources/index.tsx). */
export const resourceIcons = {
  dashboard: <LayoutDashboardIcon />,
  posts: <FileTextIcon />,
  categories: <TagsIcon />,
  users: <UsersIcon />,
  about: <InfoIcon />,
};

/** The app inside the toasts' context (refine's notifications: src/components/notifications.tsx). */
export function Shell({ children }: { children: ReactNode }) {
  return <Toaster>{children}</Toaster>;
}

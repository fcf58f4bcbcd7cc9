"use client";

import ArticleOutlined from "@mui/icons-material/ArticleOutlined";
import DashboardCustomizeOutlined from "@mui/icons-material/DashboardCustomizeOutlined";
import DashboardOutlined from "@mui/icons-material/DashboardOutlined";
import InfoOutlined from "@mui/icons-material/InfoOutlined";
import LabelOutlined from "@mui/icons-material/LabelOutlined";
import PeopleOutlined from "@mui/icons-material/PeopleOutlined";
import CssBaseline from "@mui/material/CssBaseline";
import { createTheme, ThemeProvider, type Theme } from "@mui/material/styles";
import { RefineSnackbarProvider, RefineThemes, useNotificationProvider } from "@refinedev/mui";
import type { ReactNode } from "react";
import { useColorMode } from "@/components/color-mode";
import type { ColorMode } from "@/lib/color-mode";

/** The icon beside the app title (sider, auth pages). */
export const appIcon = <DashboardCustomizeOutlined />;

/** Each resource's sider icon (src/resources/index.tsx). */
export const resourceIcons = {
  dashboard: <DashboardOutlined />,
  posts: <ArticleOutlined />,
  categories: <LabelOutlined />,
  users: <PeopleOutlined />,
  about: <InfoOutlined />,
};

/** refine's notifications as MUI snackbars (<RefineSnackbarProvider> below). */
export const notificationProvider = useNotificationProvider;

/**
 * refine's blue themes, in the system font: MUI's default, Roboto, is not
 * downloaded (nothing is loaded from a font CDN), so it is not asked for.
 * Rebuilt from their options, as a theme's type scale is computed from the
 * font family when it is created.
 */
function withSystemFont({ palette, components }: Theme): Theme {
  return createTheme({
    palette: { mode: palette.mode, primary: palette.primary },
    components,
    typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif' },
  });
}

const THEMES: Record<ColorMode, Theme> = {
  light: withSystemFont(RefineThemes.Blue),
  dark: withSystemFont(RefineThemes.BlueDark),
};

/** The MUI theme of the color mode (refine's blue themes) and the snackbars. */
export function Shell({ children }: { children: ReactNode }) {
  const { mode } = useColorMode();

  return (
    <ThemeProvider theme={THEMES[mode]}>
      <CssBaseline enableColorScheme />
      <RefineSnackbarProvider>{children}</RefineSnackbarProvider>
    </ThemeProvider>
  );
}

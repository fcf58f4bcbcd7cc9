"use client";

import "@ant-design/v5-patch-for-react-19";
import "@refinedev/antd/dist/reset.css";

import {
  AppstoreOutlined,
  DashboardOutlined,
  FileTextOutlined,
  InfoCircleOutlined,
  TagsOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { RefineThemes, useNotificationProvider } from "@refinedev/antd";
import { App as AntdApp, ConfigProvider, theme } from "antd";
import type { ReactNode } from "react";
import { useColorMode } from "@/components/color-mode";

/** The icon beside the app title (sider, auth pages). */
export const appIcon = <AppstoreOutlined />;

/** Each resource's sider icon (src/resources/index.tsx). */
export const resourceIcons = {
  dashboard: <DashboardOutlined />,
  posts: <FileTextOutlined />,
  categories: <TagsOutlined />,
  users: <TeamOutlined />,
  about: <InfoCircleOutlined />,
};

/** refine's notifications as antd messages. */
export const notificationProvider = useNotificationProvider;

/** The antd theme (refine's blue, light or dark from the color mode) and antd's <App> context. */
export function Shell({ children }: { children: ReactNode }) {
  const { mode } = useColorMode();

  return (
    <ConfigProvider
      theme={{
        ...RefineThemes.Blue,
        algorithm: mode === "dark" ? theme.darkAlgorithm : theme.defaultAlgorithm,
      }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

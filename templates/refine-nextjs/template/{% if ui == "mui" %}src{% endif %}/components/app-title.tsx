"use client";

import { Link } from "@refinedev/core";
import DashboardCustomizeOutlined from "@mui/icons-material/DashboardCustomizeOutlined";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { APP_TITLE } from "@/config";

/**
 * The sider's title, a link home. refine's ThemedTitle nests a MUI <Link>
 * (an <a>) inside the router's <a>, which is invalid HTML and breaks hydration.
 */
export function AppTitle({ collapsed }: { collapsed: boolean }) {
  return (
    <Link to="/" style={{ textDecoration: "none", color: "inherit" }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, color: "text.primary" }}>
        <DashboardCustomizeOutlined color="primary" />
        {!collapsed && (
          <Typography variant="h6" component="span" fontWeight={700} noWrap>
            {APP_TITLE}
          </Typography>
        )}
      </Box>
    </Link>
  );
}

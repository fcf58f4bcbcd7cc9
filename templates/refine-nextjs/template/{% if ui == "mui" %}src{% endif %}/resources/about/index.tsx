"use client";

import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";
import { APP_TITLE } from "@/config";

/** A custom page: not a CRUD resource, but it has a sider entry (see src/resources/index.tsx). */
export function About() {
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          About {APP_TITLE}
        </Typography>
        <Typography paragraph>
          An admin app built with Next.js, refine and Material UI. Resources live in <code>src/resources</code>,
          routes in <code>pages/</code> or <code>app/</code>, server-side data loading and checks in{" "}
          <code>src/server</code>.
        </Typography>
        <Typography>
          Press <kbd>Ctrl</kbd> + <kbd>K</kbd> (<kbd>⌘</kbd> + <kbd>K</kbd> on macOS) to open the command palette.
        </Typography>
      </CardContent>
    </Card>
  );
}

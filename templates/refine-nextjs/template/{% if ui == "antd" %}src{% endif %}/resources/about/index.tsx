"use client";

import { Card, Typography } from "antd";
import { APP_TITLE } from "@/config";

const { Title, Paragraph, Text } = Typography;

/** A custom page: not a CRUD resource, but it has a sider entry (see src/resources.tsx). */
export function About() {
  return (
    <Card>
      <Title level={3}>About {APP_TITLE}</Title>
      <Paragraph>
        An admin app built with Next.js and refine. Resources live in <Text code>src/resources</Text>, routes
        in <Text code>pages/</Text>, server-side data loading and checks in <Text code>src/server</Text>.
      </Paragraph>
      <Paragraph>
        Press <Text keyboard>Ctrl</Text> + <Text keyboard>K</Text> (<Text keyboard>⌘</Text> +{" "}
        <Text keyboard>K</Text> on macOS) to open the command palette.
      </Paragraph>
    </Card>
  );
}

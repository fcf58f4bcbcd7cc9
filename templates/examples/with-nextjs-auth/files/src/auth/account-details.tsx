"use client";

import { Card, Descriptions, Typography } from "antd";
import type { SessionUser } from "@/lib/session-user";

/** The session's user, as the server read it from the cookie (app/(admin)/account/page.tsx). */
export function AccountDetails({ user }: { user: SessionUser }) {
  return (
    <Card style={{ maxWidth: 640 }}>
      <Typography.Title level={3}>Account</Typography.Title>
      <Typography.Paragraph>This page was rendered on the server for the user of the session cookie.</Typography.Paragraph>
      <Descriptions
        column={1}
        bordered
        items={[
          { key: "name", label: "Name", children: user.name },
          { key: "email", label: "Email", children: user.email },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        Log out, then open this page again: the server answers with a redirect to the login page before anything
        renders.
      </Typography.Paragraph>
    </Card>
  );
}

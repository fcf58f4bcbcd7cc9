"use client";

import { LoginOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Typography } from "antd";
import { useSignIn } from "@/auth/use-sign-in";
import { APP_TITLE } from "@/config";

/** The login page: one button to the identity provider (src/auth/use-sign-in.ts does the work). */
export function LoginPage() {
  const { providerName, failed, ready, pending, signIn } = useSignIn();

  return (
    <Flex align="center" justify="center" style={{ minHeight: "100vh", padding: 24 }}>
      <Card style={{ width: "100%", maxWidth: 400 }}>
        <Flex vertical gap={16}>
          <Typography.Title level={3} style={{ margin: 0, textAlign: "center" }}>
            {APP_TITLE}
          </Typography.Title>
          {failed && <Alert type="error" showIcon message="Sign-in failed, please try again." />}
          <Button type="primary" size="large" icon={<LoginOutlined />} disabled={!ready} loading={pending} onClick={signIn} block>
            Sign in with {providerName}
          </Button>
        </Flex>
      </Card>
    </Flex>
  );
}

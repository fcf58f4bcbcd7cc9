"use client";

import { Link } from "@refinedev/core";
import { Card, Col, List, Row, Statistic, Typography } from "antd";
import { useDashboard } from "@/lib/use-dashboard";

/** `/`: counts of each resource and the latest posts, from refine's data hooks. */
export function Dashboard() {
  const { counts, latest } = useDashboard();

  return (
    <>
      <Typography.Title level={3}>Dashboard</Typography.Title>
      <Row gutter={[16, 16]}>
        {counts.map(({ title, total, loading }) => (
          <Col key={title} xs={24} md={8}>
            <Card>
              <Statistic title={title} value={total} loading={loading} />
            </Card>
          </Col>
        ))}
        <Col span={24}>
          <Card title="Latest posts">
            <List
              loading={latest.loading}
              dataSource={latest.posts}
              renderItem={(post) => (
                <List.Item>
                  <Link to={`/posts/show/${post.id}`}>{post.title}</Link>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

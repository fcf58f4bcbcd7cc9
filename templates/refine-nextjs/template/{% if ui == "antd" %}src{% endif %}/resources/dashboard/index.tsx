"use client";

import { Link, useList } from "@refinedev/core";
import { Card, Col, List, Row, Statistic, Typography } from "antd";
import type { IPost } from "@/types";

/** `/`: counts of each resource and the latest posts, from refine's data hooks. */
export function Dashboard() {
  const posts = useList<IPost>({
    resource: "posts",
    pagination: { pageSize: 5 },
    sorters: [{ field: "id", order: "desc" }],
  });
  const categories = useList({ resource: "categories", pagination: { pageSize: 1 } });
  const users = useList({ resource: "users", pagination: { pageSize: 1 } });

  const counts = [
    { title: "Posts", query: posts },
    { title: "Categories", query: categories },
    { title: "Users", query: users },
  ];

  return (
    <>
      <Typography.Title level={3}>Dashboard</Typography.Title>
      <Row gutter={[16, 16]}>
        {counts.map(({ title, query }) => (
          <Col key={title} xs={24} md={8}>
            <Card>
              <Statistic title={title} value={query.result.total ?? 0} loading={query.query.isLoading} />
            </Card>
          </Col>
        ))}
        <Col span={24}>
          <Card title="Latest posts">
            <List
              loading={posts.query.isLoading}
              dataSource={posts.result.data}
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

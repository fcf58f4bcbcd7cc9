"use client";

import { Link, useList } from "@refinedev/core";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import CardHeader from "@mui/material/CardHeader";
import Grid from "@mui/material/Grid2";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
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
      <Typography variant="h5" component="h1" gutterBottom>
        Dashboard
      </Typography>
      <Grid container spacing={2}>
        {counts.map(({ title, query }) => (
          <Grid key={title} size={{ xs: 12, md: 4 }}>
            <Card>
              <CardContent>
                <Typography color="text.secondary">{title}</Typography>
                <Typography variant="h4">
                  {query.query.isLoading ? <Skeleton width={60} /> : (query.result.total ?? 0)}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
        <Grid size={12}>
          <Card>
            <CardHeader title="Latest posts" />
            <List dense>
              {posts.result.data.map((post) => (
                <ListItem key={post.id}>
                  <Link to={`/posts/show/${post.id}`}>{post.title}</Link>
                </ListItem>
              ))}
            </List>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}

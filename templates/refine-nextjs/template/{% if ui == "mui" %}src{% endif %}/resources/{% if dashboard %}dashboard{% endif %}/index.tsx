"use client";

import { Link } from "@refinedev/core";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import CardHeader from "@mui/material/CardHeader";
import Grid from "@mui/material/Grid2";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { useDashboard } from "@/lib/use-dashboard";

/** `/`: counts of each resource and the latest posts, from refine's data hooks. */
export function Dashboard() {
  const { counts, latest } = useDashboard();

  return (
    <>
      <Typography variant="h5" component="h1" gutterBottom>
        Dashboard
      </Typography>
      <Grid container spacing={2}>
        {counts.map(({ title, total, loading }) => (
          <Grid key={title} size={{ xs: 12, md: 4 }}>
            <Card>
              <CardContent>
                <Typography color="text.secondary">{title}</Typography>
                <Typography variant="h4">
                  {loading ? <Skeleton width={60} /> : total}
                </Typography>
              </CardContent>
            </Card>
          </Grid>
        ))}
        <Grid size={12}>
          <Card>
            <CardHeader title="Latest posts" />
            <List dense>
              {latest.posts.map((post) => (
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

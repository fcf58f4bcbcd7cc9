"use client";

import { Link, useList } from "@refinedev/core";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
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
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
      <div className="grid gap-4 md:grid-cols-3">
        {counts.map(({ title, query }) => (
          <Card key={title} className="gap-2">
            <CardHeader>
              <CardDescription>{title}</CardDescription>
            </CardHeader>
            <CardContent>
              {query.query.isLoading ? (
                <Skeleton className="h-9 w-16" />
              ) : (
                <p className="text-3xl font-semibold tabular-nums">{query.result.total ?? 0}</p>
              )}
            </CardContent>
          </Card>
        ))}
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Latest posts</CardTitle>
        </CardHeader>
        <CardContent>
          {posts.query.isLoading ? (
            <div className="flex flex-col gap-3">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-5 w-3/4" />
              ))}
            </div>
          ) : (
            <ul className="divide-y">
              {posts.result.data.map((post) => (
                <li key={post.id} className="py-2">
                  <Link to={`/posts/show/${post.id}`} className="text-sm font-medium underline-offset-4 hover:underline">
                    {post.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

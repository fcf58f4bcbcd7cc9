"use client";

import { Link } from "@refinedev/core";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useDashboard } from "@/lib/use-dashboard";

/** `/`: counts of each resource and the latest posts, from refine's data hooks. */
export function Dashboard() {
  const { counts, latest } = useDashboard();

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
      <div className="grid gap-4 md:grid-cols-3">
        {counts.map(({ title, total, loading }) => (
          <Card key={title} className="gap-2">
            <CardHeader>
              <CardDescription>{title}</CardDescription>
            </CardHeader>
            <CardContent>
              {loading ? (
                <Skeleton className="h-9 w-16" />
              ) : (
                <p className="text-3xl font-semibold tabular-nums">{total}</p>
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
          {latest.loading ? (
            <div className="flex flex-col gap-3">
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} className="h-5 w-3/4" />
              ))}
            </div>
          ) : (
            <ul className="divide-y">
              {latest.posts.map((post) => (
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

"use client";

import { Link, useList } from "@refinedev/core";
import { Card } from "@/components/ui/page";
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
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
      <div className="grid gap-4 md:grid-cols-3">
        {counts.map(({ title, query }) => (
          <Card key={title}>
            <p className="text-sm text-zinc-500 dark:text-zinc-400">{title}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums" aria-busy={query.query.isLoading}>
              {query.query.isLoading ? "…" : (query.result.total ?? 0)}
            </p>
          </Card>
        ))}
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Latest posts</h2>
        {posts.query.isLoading ? (
          <p className="text-sm text-zinc-500">Loading…</p>
        ) : (
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {posts.result.data.map((post) => (
              <li key={post.id} className="py-2">
                <Link to={`/posts/show/${post.id}`} className="text-indigo-600 hover:underline dark:text-indigo-400">
                  {post.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}

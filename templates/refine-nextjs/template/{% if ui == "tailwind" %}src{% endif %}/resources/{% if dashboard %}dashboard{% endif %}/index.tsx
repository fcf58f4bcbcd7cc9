"use client";

import { Link } from "@refinedev/core";
import { Card } from "@/components/page";
import { useDashboard } from "@/lib/use-dashboard";

/** `/`: counts of each resource and the latest posts, from refine's data hooks. */
export function Dashboard() {
  const { counts, latest } = useDashboard();

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
      <div className="grid gap-4 md:grid-cols-3">
        {counts.map(({ title, total, loading }) => (
          <Card key={title}>
            <p className="text-sm text-zinc-500 dark:text-zinc-400">{title}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums" aria-busy={loading}>
              {loading ? "…" : total}
            </p>
          </Card>
        ))}
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Latest posts</h2>
        {latest.loading ? (
          <p className="text-sm text-zinc-500">Loading…</p>
        ) : (
          <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {latest.posts.map((post) => (
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

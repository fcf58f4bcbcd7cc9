"use client";

import { Link } from "@refinedev/core";
import { useDashboard } from "@/lib/use-dashboard";

/** `/`: counts of each resource and the latest posts, from refine's data hooks. */
export function Dashboard() {
  const { counts, latest } = useDashboard();

  return (
    <>
      <h1>Dashboard</h1>
      <div className="stats">
        {counts.map(({ title, total, loading }) => (
          <dl key={title} className="stat">
            <dt>{title}</dt>
            <dd>{loading ? "…" : total}</dd>
          </dl>
        ))}
      </div>
      <section className="page latest">
        <h2>Latest posts</h2>
        {latest.loading ? (
          <p className="muted">Loading…</p>
        ) : (
          <ul>
            {latest.posts.map((post) => (
              <li key={post.id}>
                <Link to={`/posts/show/${post.id}`}>{post.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

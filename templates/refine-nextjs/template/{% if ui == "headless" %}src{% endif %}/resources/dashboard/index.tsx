"use client";

import { Link, useList } from "@refinedev/core";
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
    { title: "Posts", list: posts },
    { title: "Categories", list: categories },
    { title: "Users", list: users },
  ];

  return (
    <>
      <h1>Dashboard</h1>
      <div className="stats">
        {counts.map(({ title, list }) => (
          <dl key={title} className="stat">
            <dt>{title}</dt>
            <dd>{list.query.isLoading ? "…" : (list.result.total ?? 0)}</dd>
          </dl>
        ))}
      </div>
      <section className="page latest">
        <h2>Latest posts</h2>
        {posts.query.isLoading ? (
          <p className="muted">Loading…</p>
        ) : (
          <ul>
            {posts.result.data.map((post) => (
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

"use client";

import { Link } from "@refinedev/core";

/** Unknown routes (pages/404.tsx, app/not-found.tsx). */
export function NotFound() {
  return (
    <section className="not-found">
      <h1>404</h1>
      <p className="muted">Sorry, the page you visited does not exist.</p>
      <Link to="/">Back home</Link>
    </section>
  );
}

"use client";

import { Link, useBreadcrumb } from "@refinedev/core";

/** Where the page sits in its resource ("Posts / Edit"), from refine's route of the page. */
export function Breadcrumb() {
  const { breadcrumbs } = useBreadcrumb();
  if (breadcrumbs.length < 2) return null;

  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {breadcrumbs.map(({ label, href }) => (
          <li key={label}>{href ? <Link to={href}>{label}</Link> : label}</li>
        ))}
      </ol>
    </nav>
  );
}

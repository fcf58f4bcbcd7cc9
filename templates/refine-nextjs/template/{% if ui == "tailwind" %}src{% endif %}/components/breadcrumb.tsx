"use client";

import { Link, useBreadcrumb } from "@refinedev/core";
import { Fragment } from "react";

/** Where the page sits among the resources ("Posts / Edit"), from refine's routes. */
export function Breadcrumb() {
  const { breadcrumbs } = useBreadcrumb();
  if (breadcrumbs.length < 2) return null;

  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-zinc-500 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-1.5">
        {breadcrumbs.map(({ label, href }, index) => (
          <Fragment key={`${label}-${index}`}>
            {index > 0 && <li aria-hidden="true">/</li>}
            <li>
              {href && index < breadcrumbs.length - 1 ? (
                <Link to={href} className="hover:text-zinc-900 dark:hover:text-zinc-100">
                  {label}
                </Link>
              ) : (
                <span aria-current={index === breadcrumbs.length - 1 ? "page" : undefined}>{label}</span>
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}

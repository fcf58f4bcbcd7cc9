"use client";

import { Link, useBreadcrumb } from "@refinedev/core";
import { ChevronRightIcon } from "lucide-react";
import { Fragment } from "react";

/** "Posts › Edit": where the page sits among refine's resources (from the route). */
export function Breadcrumb() {
  const { breadcrumbs } = useBreadcrumb();
  if (breadcrumbs.length < 2) return null;

  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
        {breadcrumbs.map(({ label, href }, index) => (
          <Fragment key={`${label}-${index}`}>
            {index > 0 && <ChevronRightIcon aria-hidden className="size-3.5" />}
            <li>
              {href && index < breadcrumbs.length - 1 ? (
                <Link to={href} className="transition-colors hover:text-foreground">
                  {label}
                </Link>
              ) : (
                <span className="text-foreground">{label}</span>
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}

"use client";

import { Link, useBreadcrumb } from "@refinedev/core";
import { Fragment } from "react";
import { ChevronRightIcon } from "@/components/icons";

/** "Posts › Edit": where the page sits among refine's resources (from the route). */
export function Breadcrumb() {
  const { breadcrumbs } = useBreadcrumb();
  if (breadcrumbs.length < 2) return null;

  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1.5 text-sm text-muted-foreground">
        {breadcrumbs.map(({ label, href }, index) => (
          <Fragment key={`${label}-${index}`}>
            {index > 0 && (
              <li aria-hidden="true">
                <ChevronRightIcon className="size-3.5" />
              </li>
            )}
            <li>
              {href && index < breadcrumbs.length - 1 ? (
                <Link to={href} className="transition-colors hover:text-foreground">
                  {label}
                </Link>
              ) : (
                <span aria-current="page" className="text-foreground">
                  {label}
                </span>
              )}
            </li>
          </Fragment>
        ))}
      </ol>
    </nav>
  );
}

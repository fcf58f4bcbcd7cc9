"use client";

import type { ReactNode } from "react";
import { Breadcrumb } from "@/components/breadcrumb";

/** The frame of a resource page: breadcrumb, heading, the page's buttons, then its content. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <section className="page">
      <Breadcrumb />
      <div className="page-header">
        <h1>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

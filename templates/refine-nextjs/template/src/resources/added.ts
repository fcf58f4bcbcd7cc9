import type { ResourceProps } from "@refinedev/core";

/**
 * Resources added by `create-refine-app add resource`: one entry each, inserted above
 * the marker line (keep it). src/resources/index.tsx lists them after the samples, with
 * the kit's document icon unless an entry sets `meta.icon`; their names for page titles
 * are in src/resources/added-names.ts.
 */
export const addedResources: ResourceProps[] = [
  // create-refine-app add resource: entries above this line
];

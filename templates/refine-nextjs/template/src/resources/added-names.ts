/**
 * Singular and plural names of the resources added by `create-refine-app add resource`,
 * for page titles (src/lib/page-title.ts); one line each, inserted above the marker.
 */
export const addedNames: Record<string, [one: string, many: string]> = {
  // create-refine-app add resource: names above this line
};

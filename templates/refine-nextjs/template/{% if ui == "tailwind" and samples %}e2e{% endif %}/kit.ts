import type { KitAdapter } from "./adapter";

/** Semantic HTML: a <table>, a native <select>, named row buttons; nothing to override. */
export const kit: Partial<KitAdapter> = {};

import { useSyncExternalStore } from "react";

const subscribe = () => () => undefined;

/**
 * False in the server HTML and during hydration, true once React runs the page.
 * Submit buttons of plain forms stay disabled until then: a click before the
 * scripts load would submit the native form (a GET with the fields in the URL).
 */
export function useHydrated() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

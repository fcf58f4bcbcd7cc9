import { useParsed } from "@refinedev/core";
import { signIn } from "next-auth/react";
import { useState, useSyncExternalStore } from "react";
import { SIGN_IN_PROVIDER } from "@/auth/provider";

const subscribe = () => () => undefined;

/**
 * Everything the kit's login page needs (src/auth/auth-pages.tsx draws it):
 * the provider's name, whether the last attempt failed (Auth.js comes back
 * with `?error=`), and `signIn`, which goes to the provider and afterwards to
 * `?to` (already a same-site path: src/providers/router-provider.ts). `ready`
 * is false until React runs, so the button is not clicked before it works.
 */
export function useSignIn() {
  const { params } = useParsed<{ to?: string; error?: string }>();
  const [pending, setPending] = useState(false);
  const ready = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return {
    providerName: SIGN_IN_PROVIDER.name,
    failed: Boolean(params?.error),
    ready,
    pending,
    signIn: () => {
      setPending(true);
      void signIn(SIGN_IN_PROVIDER.id, { callbackUrl: params?.to ?? "/" });
    },
  };
}

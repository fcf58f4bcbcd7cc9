/** Light/dark mode, remembered in a cookie so the server renders the right one. */
export type ColorMode = "light" | "dark";

const COLOR_MODE_COOKIE = "color-mode";

export function colorModeFromCookies(cookieHeader: string | undefined): ColorMode {
  const match = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${COLOR_MODE_COOKIE}=(light|dark)`));
  return match?.[1] === "dark" ? "dark" : "light";
}

export function rememberColorMode(mode: ColorMode) {
  document.cookie = `${COLOR_MODE_COOKIE}=${mode}; path=/; max-age=31536000; samesite=lax`;
}

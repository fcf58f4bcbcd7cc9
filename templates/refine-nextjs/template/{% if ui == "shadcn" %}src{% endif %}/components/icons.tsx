/* The icons of the components this kit shares with the tailwind kit (breadcrumb, colour-mode toggle): lucide's. */
export { ChevronRightIcon, MoonIcon, SunIcon } from "lucide-react";

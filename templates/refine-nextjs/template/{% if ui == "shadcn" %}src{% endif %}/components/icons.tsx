/*
 * The icons of the components this kit shares with the tailwind kit (shell, breadcrumb,
 * colour-mode switch), from lucide, under the names those components use.
 */
export {
  ChevronRightIcon,
  FileTextIcon as PostsIcon,
  InfoIcon,
  LayoutDashboardIcon as DashboardIcon,
  LayoutGridIcon as AppIcon,
  MoonIcon,
  SunIcon,
  TagsIcon as CategoriesIcon,
  UsersIcon,
} from "lucide-react";

import type { KitAdapter } from "./adapter";

/** MUI: an Autocomplete for the category; a row's Show and Edit buttons are links to those pages. */
export const kit: Partial<KitAdapter> = {
  chooseCategory: async (page, title) => {
    await page.getByRole("combobox", { name: "Category" }).click();
    await page.getByRole("option", { name: title, exact: true }).click();
  },
  rowButton: (row, action) => row.getByRole("link", { name: action, exact: true }),
};

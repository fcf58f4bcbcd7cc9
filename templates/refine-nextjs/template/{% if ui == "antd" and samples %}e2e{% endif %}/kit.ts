import type { KitAdapter } from "./adapter";

/** antd: a measure row in <tbody>, a Select, a pager of list items, icon-only row buttons. */
export const kit: Partial<KitAdapter> = {
  dataRows: (page) => page.locator("tbody tr.ant-table-row"),
  goToNextPage: (page) => page.getByTitle("Next Page").click(),
  chooseCategory: async (page, title) => {
    await page.getByRole("combobox", { name: "Category" }).click();
    await page.getByTitle(title).click();
  },
  // refine's antd buttons with hideText carry only an icon: Show, Edit, Delete in that order.
  rowButton: (row, action) => row.getByRole("button").nth(action === "Show" ? 0 : 1),
};

import type { Locator, Page } from "@playwright/test";

/**
 * What the browser test needs from a UI kit's widgets. The defaults below fit
 * semantic HTML (a <table>, a native <select>, named buttons); a kit overrides
 * what its widgets do differently in e2e/kit.ts.
 */
export interface KitAdapter {
  /** The list's record rows (not the header). */
  dataRows(page: Page): Locator;
  /** The pager's "next page" control. */
  goToNextPage(page: Page): Promise<void>;
  /** Picks a category in the post form. */
  chooseCategory(page: Page, title: string): Promise<void>;
  /** A row's Show / Edit button. */
  rowButton(row: Locator, action: "Show" | "Edit"): Locator;
}

export const semanticHtml: KitAdapter = {
  dataRows: (page) => page.getByRole("table").locator("tbody tr"),
  goToNextPage: (page) => page.getByRole("button", { name: /next page/i }).click(),
  chooseCategory: async (page, title) => {
    await page.getByLabel("Category").selectOption({ label: title });
  },
  rowButton: (row, action) => row.getByRole("button", { name: action, exact: true }),
};

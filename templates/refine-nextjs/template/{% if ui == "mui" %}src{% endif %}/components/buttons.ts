/** Row actions: icon-only, small. Each also gets an aria-label naming its action. */
export const ROW_BUTTON_PROPS = { hideText: true, size: "small" } as const;

/**
 * refine's CreateButton is a link styled as a button (MUI <Button> rendered as
 * the router's <a>); it is announced as the "Create" button, like every kit's.
 */
export const CREATE_BUTTON_PROPS = { role: "button" } as const;

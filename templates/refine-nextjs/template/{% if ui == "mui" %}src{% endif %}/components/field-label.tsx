import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

/** The name of a field on a show page, above its value. */
export function FieldLabel({ children }: { children: ReactNode }) {
  return (
    <Typography variant="subtitle1" fontWeight="bold">
      {children}
    </Typography>
  );
}

/**
 * The frame the pane's dialogs share: a modal Fluent dialog with its title, its content and its buttons. Closing
 * it another way (Escape, a click outside) is `onDismiss`. Only the dialogs, which load on demand, import it.
 */
import type { ReactNode } from "react";
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

export function DialogFrame({
  title,
  onDismiss,
  actions,
  fluidActions,
  contentClassName,
  children,
}: {
  title: string;
  onDismiss: () => void;
  /** The buttons, the first the primary one. */
  actions: ReactNode;
  /** Buttons that take the dialog's width (several long choices). */
  fluidActions?: boolean;
  contentClassName?: string;
  children: ReactNode;
}) {
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onDismiss()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={contentClassName}>{children}</DialogContent>
          <DialogActions fluid={fluidActions}>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

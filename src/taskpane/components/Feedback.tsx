/** Loading, error and notice states, the same everywhere. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { NotaWordError } from "../../word/errors";
import { PlainError, type Locale } from "../../i18n";
import type { Translate } from "../messages";
import { useServices } from "../services";

/**
 * What the pane keeps of an error, by kind: Word's (already NotaWordError: the adapter converts every Office
 * error) and plain sentences as they are; anything else is a fault of the assistant, kept as its cause.
 */
export function paneError(err: unknown): Error {
  if (err instanceof NotaWordError || err instanceof PlainError) return err;
  console.error("Nota-assistent:", err);
  return new AssistantFault(err);
}

/** A fault in the assistant's own code: the person reads that it is ours, not their document's. */
export class AssistantFault extends Error {
  constructor(cause: unknown) {
    super("fault in the assistant", { cause });
    this.name = "AssistantFault";
  }
}

export function messageOf(error: Error, t: Translate, locale: Locale): string {
  if (error instanceof NotaWordError) return error.messageFor(locale);
  if (error instanceof PlainError) return error.message;
  return t("unexpectedError");
}

export function ErrorBar({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t, locale } = useServices();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {messageOf(error, t, locale)}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function Notice({
  intent = "info",
  children,
}: {
  intent?: "info" | "success" | "warning";
  children: React.ReactNode;
}) {
  return (
    <MessageBar intent={intent} role="status">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

/** Fluent's spinner is its own chunk: until it has loaded (a few ms), the label alone says what happens. */
const Spinner = lazy(() => import("@fluentui/react-spinner").then((m) => ({ default: m.Spinner })));

export function Loading({ label }: { label: string }) {
  return (
    <Suspense fallback={<Text role="status">{label}</Text>}>
      <Spinner size="small" label={label} />
    </Suspense>
  );
}

/** The state of one action: explicit, not several booleans. */
export type ActionState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; message: string }
  | { status: "failed"; error: Error };

export function ActionFeedback({ state, onRetry }: { state: ActionState; onRetry?: () => void }) {
  if (state.status === "done") return <Notice intent="success">{state.message}</Notice>;
  if (state.status === "failed") return <ErrorBar error={state.error} onRetry={onRetry} />;
  return null;
}

/** Loading, error and notice states, the same everywhere. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { NotaWordError } from "../../word/errors";
import { useServices } from "../services";

export function messageOf(error: Error, locale: "nl" | "en"): string {
  return error instanceof NotaWordError ? error.messageFor(locale) : error.message;
}

export function ErrorBar({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t, locale } = useServices();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {messageOf(error, locale)}
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

export function Loading({ label }: { label: string }) {
  return <Spinner size="small" label={label} />;
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

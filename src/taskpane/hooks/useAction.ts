import { useCallback, useState } from "react";
import { paneError, type ActionState } from "../components/Feedback";

/** Runs an async action with an explicit state; errors become typed errors shown to the person. */
export function useAction() {
  const [state, setState] = useState<ActionState>({ status: "idle" });
  const run = useCallback(async (action: () => Promise<string | undefined>) => {
    setState({ status: "running" });
    try {
      const message = await action();
      setState(message ? { status: "done", message } : { status: "idle" });
    } catch (err) {
      setState({ status: "failed", error: paneError(err) });
    }
  }, []);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, run, reset, running: state.status === "running" };
}

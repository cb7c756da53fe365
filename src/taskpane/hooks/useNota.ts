/**
 * The document as the pane knows it: read, parsed and checked, with an explicit status. Re-checks by itself
 * after edits (debounced, off the typing path) where Word reports them; otherwise on request.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../checks/types";
import type { Nota } from "../../nota/parser";
import type { DocumentSnapshot } from "../../nota/snapshot";
import { paneError } from "../components/Feedback";
import type { PaneServices } from "../services";

export type Status = "idle" | "loading" | "ready" | "failed";

export interface NotaState {
  status: Status;
  nota?: Nota;
  findings: Finding[];
  error?: Error;
  /** The letter the person picked (for the emancipation rules). */
  letter?: { name: string; snapshot: DocumentSnapshot };
  /** Word reports edits, so checks re-run by themselves. */
  live: boolean;
  /** Word supports edit events, but registering for them failed: the pane says so (checks run on request). */
  liveFailed?: boolean;
}

export const RECHECK_DELAY_MS = 800;

export function useNota(services: PaneServices) {
  const { document, profile, locale } = services;
  const [state, setState] = useState<NotaState>({ status: "idle", findings: [], live: false });
  const letterRef = useRef<NotaState["letter"]>(undefined);
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, status: s.nota ? s.status : "loading", error: undefined }));
    try {
      // The rules load beside the first read (their own chunk), not with the pane.
      const [snapshot, { checkNota }] = await Promise.all([
        document.readSnapshot(),
        import("../../checks/engine"),
      ]);
      const result = checkNota(snapshot, { profile, locale, letter: letterRef.current?.snapshot });
      if (mine !== generation.current) return; // a newer read is under way
      setState((s) => ({
        ...s,
        status: "ready",
        nota: result.nota,
        findings: result.findings,
        error: undefined,
      }));
    } catch (err) {
      if (mine !== generation.current) return;
      setState((s) => ({ ...s, status: "failed", error: paneError(err) }));
    }
  }, [document, profile, locale]);

  const setLetter = useCallback(
    (letter: NotaState["letter"]) => {
      letterRef.current = letter;
      setState((s) => ({ ...s, letter }));
      void refresh();
    },
    [refresh],
  );

  useEffect(() => {
    void refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let disposed = false;
    document
      .onDocumentChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(), RECHECK_DELAY_MS);
      })
      .then((remove) => {
        if (disposed) void remove?.();
        else {
          stop = remove;
          setState((s) => ({ ...s, live: remove !== undefined }));
        }
      })
      .catch((err: unknown) => {
        console.error("Nota-assistent: registering for document changes failed", err);
        if (!disposed) setState((s) => ({ ...s, live: false, liveFailed: true }));
      });
    return () => {
      disposed = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [document, refresh]);

  return { state, refresh, setLetter };
}

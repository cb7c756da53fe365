/**
 * The document as the pane knows it: read, parsed and checked, with an explicit status. Re-checks by itself
 * after edits (debounced, off the typing path) where Word reports them; otherwise on request.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../checks/types";
import type { BlockVerdict } from "../../checks/block-status";
import type { BlockId } from "../../nota/schema";
import type { ProfileChoice } from "../../checks/builtin-profiles";
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
  /** The profile the checks ran with, and why (chosen by the person, or inferred from the nota). */
  profileChoice?: ProfileChoice;
  /** Each block's verdict for the drafter's guide, from `findings` (the checklist's own). */
  blocks?: Record<BlockId, BlockVerdict>;
  /** How many findings the document's record accepts ("Negeren"): left out of `findings`. */
  suppressed: number;
}

/** Where the person's profile choice is remembered (absent: inferred from each nota). */
export const PROFILE_STORAGE_KEY = "nota-assistent.profile";

export const RECHECK_DELAY_MS = 800;
/**
 * Events can be missed (office-js #5400): a paragraph added then is in no patched snapshot. After this many
 * re-checks of only the changed paragraphs, the next one reads the document whole.
 */
export const PATCHES_BETWEEN_WHOLE_READS = 20;

export function useNota(services: PaneServices, storage?: Pick<Storage, "getItem" | "setItem">) {
  const { document, locale } = services;
  const [state, setState] = useState<NotaState>({ status: "idle", findings: [], live: false, suppressed: 0 });
  const chosen = useRef<string | undefined>(undefined);
  if (chosen.current === undefined) {
    try {
      chosen.current = storage?.getItem(PROFILE_STORAGE_KEY) ?? "";
    } catch {
      chosen.current = ""; // storage off (private mode): inferred each time
    }
  }
  const letterRef = useRef<NotaState["letter"]>(undefined);
  const generation = useRef(0);
  /** The document as last read (whole or patched), for re-reading only the paragraphs an edit changed. */
  const snapshotRef = useRef<DocumentSnapshot | undefined>(undefined);
  /** Reads under way: a re-read of some paragraphs starts from the last snapshot only when none is. */
  const reading = useRef(0);
  /** Re-checks of only the changed paragraphs since the last whole read. */
  const patches = useRef(0);

  /** Reads and checks the document: only the paragraphs `changed` (uniqueLocalIds) where that suffices. */
  const recheck = useCallback(
    async (changed?: readonly string[]) => {
      const mine = ++generation.current;
      // A read under way may be overtaken by this one and dropped: then only a whole read is sure to hold its edits.
      const last =
        reading.current === 0 && patches.current < PATCHES_BETWEEN_WHOLE_READS
          ? snapshotRef.current
          : undefined;
      reading.current++;
      setState((s) => ({ ...s, status: s.nota ? s.status : "loading", error: undefined }));
      let patched = false;
      const read = async () => {
        // Re-reading the changed paragraphs is only a shortcut: if it fails, the whole read says what is there.
        const some =
          changed?.length && last
            ? await document.rereadParagraphs(last, changed).catch(() => undefined)
            : undefined;
        patched = some !== undefined;
        return some ?? (await document.readSnapshot());
      };
      try {
        // The rules load beside the first read (one chunk of their own, "checks"), not with the pane.
        const [snapshot, { checkNota }, { chooseProfile }, { parseNota }, { blockVerdicts }] =
          await Promise.all([
            read(),
            import(/* webpackChunkName: "checks" */ "../../checks/engine"),
            import(/* webpackChunkName: "checks" */ "../../checks/builtin-profiles"),
            import(/* webpackChunkName: "checks" */ "../../nota/parser"),
            import(/* webpackChunkName: "checks" */ "../../checks/block-status"),
          ]);
        const parsed = parseNota(snapshot);
        const profileChoice = chooseProfile(parsed, { chosen: chosen.current || undefined });
        const result = checkNota(parsed, {
          profile: profileChoice.profile,
          locale,
          letter: letterRef.current?.snapshot,
        });
        if (mine !== generation.current) return; // a newer read is under way
        snapshotRef.current = snapshot;
        patches.current = patched ? patches.current + 1 : 0;
        setState((s) => ({
          ...s,
          status: "ready",
          nota: result.nota,
          findings: result.findings,
          blocks: blockVerdicts(result.nota, result.findings),
          suppressed: result.suppressed.length,
          profileChoice,
          error: undefined,
        }));
      } catch (err) {
        if (mine !== generation.current) return;
        snapshotRef.current = undefined; // what the document now is, only a whole read says
        setState((s) => ({ ...s, status: "failed", error: paneError(err) }));
      } finally {
        reading.current--;
      }
    },
    [document, locale],
  );

  /** A whole read and check (the first, "Controleren", after the pane's own changes). */
  const refresh = useCallback(() => recheck(), [recheck]);

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
    // The paragraphs changed since the last re-check, or "whole" once one was added or deleted, or an event did not
    // say which (then only a whole read knows the paragraphs' places).
    let pending: Set<string> | "whole" = new Set();
    document
      .onDocumentChanged((change) => {
        if (change.kind !== "changed" || !change.paragraphIds?.length) pending = "whole";
        else if (pending !== "whole") for (const id of change.paragraphIds) pending.add(id);
        clearTimeout(timer);
        timer = setTimeout(() => {
          const changed = pending === "whole" ? undefined : [...pending];
          pending = new Set();
          void recheck(changed);
        }, RECHECK_DELAY_MS);
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
  }, [document, refresh, recheck]);

  /** The person's profile (a built-in id), or "" for inferring it from each nota; remembered. */
  const setProfile = useCallback(
    (id: string) => {
      chosen.current = id;
      try {
        storage?.setItem(PROFILE_STORAGE_KEY, id);
      } catch {
        // Storage off: the choice holds until the pane closes.
      }
      void refresh();
    },
    [refresh, storage],
  );

  return { state, refresh, setLetter, setProfile, chosenProfile: chosen.current };
}

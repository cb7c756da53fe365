/** "Nota koppelen": shows what will be wrapped in the template's tags, then does it in one batch. */
import { Suspense, lazy, useMemo, useState } from "react";
import { Button, Text } from "@fluentui/react-components";
import { planAdoption } from "../../nota/adopt";
import type { Nota } from "../../nota/parser";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import { useAction } from "../hooks/useAction";
import { useLayoutStyles } from "./layout";
import { ActionFeedback } from "./Feedback";

// The list before adopting shows in a dialog: its code loads when it opens.
const AdoptDialog = lazy(() => import("./AdoptDialog"));

/** The parts `nota` would have adopted; empty when there is nothing (left) to adopt. */
function useAdoption(nota: Nota) {
  return useMemo(() => {
    const plan = planAdoption(nota);
    return "refused" in plan ? [] : plan.items;
  }, [nota]);
}

export function AdoptNota({ nota, refresh }: { nota: Nota; refresh: () => Promise<void> }) {
  const { document } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  const items = useAdoption(nota);
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  if (!items.length && action.state.status !== "done") return null;
  const adopt = () => {
    setConfirming(false);
    void action.run(async () => {
      const n = await document.adopt(nota.snapshot);
      await refresh();
      return lt("adoptDone", { n });
    });
  };
  return (
    <section className={styles.section} aria-labelledby="adopt-heading">
      <Text as="h2" id="adopt-heading" weight="semibold">
        {lt("adoptHeading")}
      </Text>
      {items.length > 0 && (
        <>
          <Text size={200}>{lt("adoptIntro")}</Text>
          <div>
            <Button disabled={action.running} onClick={() => setConfirming(true)}>
              {lt("adoptButton")}
            </Button>
          </div>
        </>
      )}
      <ActionFeedback state={action.state} onRetry={adopt} />
      {confirming && (
        <Suspense fallback={null}>
          <AdoptDialog items={items} onAnswer={(yes) => (yes ? adopt() : setConfirming(false))} />
        </Suspense>
      )}
    </section>
  );
}

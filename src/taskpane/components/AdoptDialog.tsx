/** The parts "Nota koppelen" will wrap, shown before it does (loaded on demand, with Fluent's dialog). */
import { Button } from "@fluentui/react-components";
import type { AdoptItem } from "../../nota/adopt";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import { DialogFrame } from "./DialogFrame";
import { useLayoutStyles } from "./layout";

export default function AdoptDialog({
  items,
  onAnswer,
}: {
  items: AdoptItem[];
  onAnswer: (adopt: boolean) => void;
}) {
  const { t } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  return (
    <DialogFrame
      title={lt("adoptDialogTitle")}
      onDismiss={() => onAnswer(false)}
      actions={
        <>
          <Button appearance="primary" onClick={() => onAnswer(true)}>
            {lt("adoptConfirm")}
          </Button>
          <Button onClick={() => onAnswer(false)}>{t("cancel")}</Button>
        </>
      }
    >
      <ul className={styles.list} aria-label={lt("adoptDialogTitle")}>
        {items.map((item) => (
          <li key={item.tag}>{item.title}</li>
        ))}
      </ul>
    </DialogFrame>
  );
}

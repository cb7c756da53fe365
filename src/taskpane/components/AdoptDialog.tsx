/** The parts "Nota koppelen" will wrap, shown before it does (loaded on demand, with Fluent's dialog). */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { AdoptItem } from "../../nota/adopt";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
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
    <Dialog open onOpenChange={(_, d) => !d.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{lt("adoptDialogTitle")}</DialogTitle>
          <DialogContent>
            <ul className={styles.list} aria-label={lt("adoptDialogTitle")}>
              {items.map((item) => (
                <li key={item.tag}>{item.title}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {lt("adoptConfirm")}
            </Button>
            <Button onClick={() => onAnswer(false)}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

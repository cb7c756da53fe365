/** Where the nota goes when the document already has content: never over the author's text. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { TemplatePlacement } from "../../word/types";
import { useServices } from "../services";

export default function InsertChoiceDialog({
  canCreateDocument,
  onChoose,
}: {
  canCreateDocument: boolean;
  onChoose: (placement: TemplatePlacement | undefined) => void;
}) {
  const { t } = useServices();
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onChoose(undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("insertChoiceTitle")}</DialogTitle>
          <DialogContent>{t("insertChoiceBody")}</DialogContent>
          <DialogActions fluid>
            <Button
              appearance="primary"
              disabled={!canCreateDocument}
              onClick={() => onChoose("new-document")}
            >
              {t("insertNewDocument")}
            </Button>
            <Button onClick={() => onChoose("start")}>{t("insertAtStart")}</Button>
            <Button appearance="subtle" onClick={() => onChoose(undefined)}>
              {t("cancel")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

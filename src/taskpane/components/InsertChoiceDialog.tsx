/** Where the nota goes when the document already has content: never over the author's text. */
import { Button } from "@fluentui/react-components";
import type { TemplatePlacement } from "../../word/types";
import { useServices } from "../services";
import { DialogFrame } from "./DialogFrame";

export default function InsertChoiceDialog({
  canCreateDocument,
  onChoose,
}: {
  canCreateDocument: boolean;
  onChoose: (placement: TemplatePlacement | undefined) => void;
}) {
  const { t } = useServices();
  return (
    <DialogFrame
      title={t("insertChoiceTitle")}
      onDismiss={() => onChoose(undefined)}
      fluidActions
      actions={
        <>
          <Button appearance="primary" disabled={!canCreateDocument} onClick={() => onChoose("new-document")}>
            {t("insertNewDocument")}
          </Button>
          <Button onClick={() => onChoose("start")}>{t("insertAtStart")}</Button>
          <Button appearance="subtle" onClick={() => onChoose(undefined)}>
            {t("cancel")}
          </Button>
        </>
      }
    >
      {t("insertChoiceBody")}
    </DialogFrame>
  );
}

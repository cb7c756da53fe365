/** Help and about: what each tab is for, the version, and the help page. Loads when first opened. */
import { Button, Link, Text } from "@fluentui/react-components";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import { VERSION } from "../version";
import { DialogFrame } from "./DialogFrame";
import { useLayoutStyles } from "./layout";

export default function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  return (
    <DialogFrame
      title={lt("helpTitle")}
      onDismiss={onClose}
      contentClassName={styles.section}
      actions={
        <Button appearance="primary" onClick={onClose}>
          {lt("close")}
        </Button>
      }
    >
      <Text as="p">{lt("helpBody")}</Text>
      <Text as="p">{t("version", { version: VERSION })}</Text>
      <Link href="help.html" target="_blank" rel="noopener">
        {lt("helpPage")}
      </Link>
    </DialogFrame>
  );
}

/** Help and about: what each tab is for, the version, and the help page. Loads when first opened. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  Text,
} from "@fluentui/react-components";
import { useServices } from "../services";
import { useLaterT } from "../messages-later";
import { VERSION } from "../version";
import { useLayoutStyles } from "./layout";

export default function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useServices();
  const lt = useLaterT();
  const styles = useLayoutStyles();
  return (
    <Dialog open onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{lt("helpTitle")}</DialogTitle>
          <DialogContent className={styles.section}>
            <Text as="p">{lt("helpBody")}</Text>
            <Text as="p">{t("version", { version: VERSION })}</Text>
            <Link href="help.html" target="_blank" rel="noopener">
              {lt("helpPage")}
            </Link>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {lt("close")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The small dialog of the "Nota invoegen" command: choose where the nota goes, or read an error. Plain DOM. */
import { translator } from "../i18n";
import { PANE_MESSAGES } from "../taskpane/messages";
import type { DialogAnswer } from "./choice-protocol";

void Office.onReady(async () => {
  const params = new URLSearchParams(window.location.search);
  const locale = params.get("lang") === "en" ? "en" : "nl";
  await PANE_MESSAGES.load(locale);
  const t = translator(PANE_MESSAGES, locale);
  const root = document.getElementById("root")!;
  const answer = (a: DialogAnswer) => Office.context.ui.messageParent(a);
  const heading = document.createElement("h1");
  const body = document.createElement("p");
  root.append(heading, body);
  const button = (label: string, a: DialogAnswer, primary = false, disabled = false) => {
    const b = document.createElement("button");
    b.textContent = label;
    b.disabled = disabled;
    if (primary) b.className = "primary";
    b.addEventListener("click", () => answer(a));
    root.append(b);
    return b;
  };
  if (params.get("mode") === "error") {
    heading.textContent = t("errorTitle");
    body.textContent = params.get("message") ?? "";
    button("OK", "cancel", true).focus();
    return;
  }
  heading.textContent = t("insertChoiceTitle");
  body.textContent = t("insertChoiceBody");
  button(t("insertNewDocument"), "new-document", true, params.get("newdoc") !== "1").focus();
  button(t("insertAtStart"), "start");
  button(t("cancel"), "cancel");
});

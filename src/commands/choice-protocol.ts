/** What the placement dialog answers the function command. */
export type DialogAnswer = "start" | "new-document" | "cancel";
export const DIALOG_PAGE = "choice.html";

/** The letter worker's entry: one message (the .docx bytes) in, progress and the outcome out. */
import { respond, type LetterResponse } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Uint8Array>) => void) | null;
  postMessage(message: LetterResponse): void;
};

scope.onmessage = (event) => void respond(event.data, (response) => scope.postMessage(response));

/** jsdom lacks a few browser APIs that Fluent UI touches (no-ops in the node environment). */
import "@testing-library/jest-dom";
// The pane's English texts, loaded before the first render as in Word in English (src/taskpane/index.tsx).
import { PANE_MESSAGES } from "../../src/taskpane/messages";
import { LATER_MESSAGES } from "../../src/taskpane/messages-later";
// A profile's patterns run on the linear-time engine, as the command line registers it.
import "../../src/nota/linear-engine";

const browserLike = typeof window !== "undefined";

beforeAll(() => Promise.all([PANE_MESSAGES.load("en"), LATER_MESSAGES.load("en")]));

if (browserLike && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (browserLike && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
if (typeof globalThis.TextDecoder === "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- jsdom lacks it; Node's is the same API
  const util = require("util") as typeof import("util");
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
}

if (browserLike) {
  // The pane reads the document asynchronously; on a loaded 2-core machine the first render can take more than
  // Testing Library's default second, and more than 5 s was seen on CI. A limit only against a hang (Jest's own is
  // 120 s): no test sets a shorter one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only in jsdom, where the DOM library loads
  (require("@testing-library/dom") as typeof import("@testing-library/dom")).configure({
    asyncUtilTimeout: 60_000,
  });
}

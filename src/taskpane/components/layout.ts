/** The layout pieces every tab uses: sections, rows that wrap at the pane's narrow width, cards and lists. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLayoutStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  /** Fields side by side when there is room, stacked in a narrow pane. */
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  /** Fields side by side whose labels line up (one has a hint below it). */
  rowTop: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "start" },
  rowCentered: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  grow: { flexGrow: 1, flexBasis: "120px", minWidth: 0, maxWidth: "100%" },
  /** A control that takes its container's width and never pushes it wider (a select with long options). */
  fill: { minWidth: 0, maxWidth: "100%", width: "100%" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cardHead: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    justifyContent: "space-between",
  },
  /** A card's title beside a badge: it wraps (even inside a long word); the badge keeps its size. */
  cardTitle: { minWidth: 0, flexGrow: 1, overflowWrap: "anywhere" },
  badge: { flexShrink: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: { display: "none" },
  /** A link-styled button holding a sentence: starts at the left like text. */
  message: { textAlign: "start" },
  /** Text quoted from the document (before and after a change). */
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  /** A card that holds the focus (after a fix, or walked to) shows it. */
  focusable: {
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  current: { border: `1px solid ${tokens.colorBrandStroke1}` },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    padding: 0,
    margin: 0,
  },
});

export { webDarkTheme as darkTheme } from "@fluentui/tokens";

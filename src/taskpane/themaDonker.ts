// Fluent's dark theme in a chunk of its own (see thema.ts).
export { webDarkTheme } from "@fluentui/react-components";

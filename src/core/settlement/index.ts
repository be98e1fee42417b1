// The settlement engine: every calculation of DOMAIN.md §3.
export * from "./bijdrage";
export * from "./voorschotten";
export * from "./nacalculatie";
export * from "./eindafrekening";
export * from "./resultaat";
export * from "./indexatie";
export * from "./vergelijking";
export * from "./verdeling";
export * from "./kpi";
export * from "./taakstelling";

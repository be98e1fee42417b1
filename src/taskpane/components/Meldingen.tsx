// Shared bits of every section: the busy spinner and the Dutch error bar.
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";

export function Bezig({ tekst }: { tekst: string }) {
  return <Spinner size="small" label={tekst} labelPosition="after" />;
}

export function Foutmelding({ tekst, titel = "Dat lukte niet" }: { tekst: string; titel?: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{titel}</MessageBarTitle>
        {tekst}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Melding({
  tekst,
  intent = "info",
}: {
  tekst: string;
  intent?: "info" | "success" | "warning";
}) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{tekst}</MessageBarBody>
    </MessageBar>
  );
}

import { useSharedStyles } from './styles';

/**
 * A message of a platform tool (a provisioning summary, an Argo CD health
 * message): monospace, lines as the tool wrote them, scrolling rather than
 * breaking inside paths and identifiers.
 */
export function ToolMessage(props: { text: string }) {
  const classes = useSharedStyles();
  return (
    // Focusable so that keyboard users can scroll a long line (axe's
    // scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre className={classes.log} tabIndex={0}>
      {props.text}
    </pre>
  );
}

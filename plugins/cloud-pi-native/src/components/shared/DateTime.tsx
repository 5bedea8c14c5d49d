import { useFormatters } from './useFormatters';

/** A date and time in the app language, machine-readable in a `<time>` element. */
export function DateTime(props: { iso: string }) {
  const { dateTime } = useFormatters();
  return <time dateTime={props.iso}>{dateTime(props.iso)}</time>;
}

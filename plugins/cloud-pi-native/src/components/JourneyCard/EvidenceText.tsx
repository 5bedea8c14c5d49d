import type { JourneyEvidence } from '@cpin/plugin-cloud-pi-native-common';
import { Fragment, type ReactNode } from 'react';
import { Name, ToolMessage, useSharedStyles } from '../shared';
import { DATE_PARAMS, useEvidenceText } from './useEvidenceText';

// Stands for a parameter while the sentence is translated: `⁣<index>⁣`.
const MARK = '\u2063';
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`);

/**
 * A name (repository, application, namespace) with a hyphen, where browsers
 * would break it.
 */
const isName = (key: string, value: unknown): value is string =>
  typeof value === 'string' &&
  key !== 'message' &&
  !DATE_PARAMS.has(key) &&
  /^\S+$/.test(value) &&
  value.includes('-');

/**
 * The sentence of a piece of evidence. A tool's message in it (a Vault
 * error, an Argo CD health message) is shown as written, in a block of its
 * own, and names stay on one line: a sentence wraps between words, never
 * inside "portail-prod-c626-infra-3ef7". Inside a link (`inLink`), names have
 * no tooltip and a message no scrolling block: the link is the one thing to
 * focus.
 */
export function EvidenceSentence(props: {
  evidence: JourneyEvidence;
  inLink?: boolean;
}) {
  const { evidence, inLink } = props;
  const text = useEvidenceText();
  const classes = useSharedStyles();
  const parts: ReactNode[] = [];
  const marked: Record<string, string> = {};
  for (const [key, value] of Object.entries(evidence.params)) {
    if (key === 'message' && typeof value === 'string' && value && !inLink) {
      parts.push(<ToolMessage text={value} />);
    } else if (isName(key, value)) {
      parts.push(
        inLink ? (
          <span className={classes.name}>{value}</span>
        ) : (
          <Name text={value} />
        ),
      );
    } else continue;
    marked[key] = `${MARK}${parts.length - 1}${MARK}`;
  }
  const pieces = text({
    ...evidence,
    params: { ...evidence.params, ...marked },
  }).split(MARKED);
  // split() with a group alternates text and captured part indexes.
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>{i % 2 ? parts[Number(piece)] : piece}</Fragment>
      ))}
    </>
  );
}

/**
 * {@link EvidenceSentence}, with the date of evidence dated by the platform
 * in `data-cpin-date`.
 */
export function EvidenceText(props: { evidence: JourneyEvidence }) {
  const { at } = props.evidence.params;
  const sentence = <EvidenceSentence evidence={props.evidence} />;
  return typeof at === 'string' && at ? (
    <div data-cpin-date={at}>{sentence}</div>
  ) : (
    sentence
  );
}

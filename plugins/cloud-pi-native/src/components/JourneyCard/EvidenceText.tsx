import type { JourneyEvidence } from '@cpin/plugin-cloud-pi-native-common';
import type { ReactNode } from 'react';
import { ToolMessage } from '../shared';
import { useEvidenceText } from './useEvidenceText';

// Stands for the tool's message while the sentence is translated.
const MESSAGE_MARK = '\u2063';

/**
 * The sentence of a piece of evidence. A tool's message in it (a Vault
 * error, an Argo CD health message) is shown as written, in a block of its
 * own, so that its paths never break inside the sentence. Evidence dated by
 * the platform carries its date in `data-cpin-date`.
 */
export function EvidenceText(props: { evidence: JourneyEvidence }) {
  const { evidence } = props;
  const text = useEvidenceText();
  const { message, at } = evidence.params;
  let content: ReactNode = text(evidence);
  if (typeof message === 'string' && message) {
    const [before, after = ''] = text({
      ...evidence,
      params: { ...evidence.params, message: MESSAGE_MARK },
    }).split(MESSAGE_MARK);
    content = (
      <>
        {before}
        <ToolMessage text={message} />
        {after}
      </>
    );
  }
  return typeof at === 'string' && at ? (
    <div data-cpin-date={at}>{content}</div>
  ) : (
    <>{content}</>
  );
}

import { useAsyncEntity } from '@backstage/plugin-catalog-react';
import type { ReactNode } from 'react';
import { useSaidByPanel } from '../PageAccess/usePageAccess';

/**
 * Hides a card that is not a {@link CloudPiCard} while the page's access
 * panel explains a refusal; its content stays mounted.
 */
export function PageCard(props: { children: ReactNode }) {
  const { entity } = useAsyncEntity();
  return <div hidden={useSaidByPanel(entity)}>{props.children}</div>;
}

import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { ArgoOperationPermissions } from '@cpin/plugin-cloud-pi-native-common';
import { type ReactNode, createContext, useContext } from 'react';

/** What the operation buttons of a deployments card need. */
export interface ArgoOperationsContextValue {
  entity: CompoundEntityRef;
  permissions: ArgoOperationPermissions;
  /** Reloads the card once an operation changed an application. */
  onChanged(): void;
}

const ArgoOperationsContext = createContext<
  ArgoOperationsContextValue | undefined
>(undefined);

/** Props of {@link ArgoOperationsProvider}. */
export interface ArgoOperationsProviderProps {
  entity: CompoundEntityRef;
  /** From the deployments response; absent from an older backend. */
  permissions?: ArgoOperationPermissions;
  onChanged(): void;
  children: ReactNode;
}

/** Makes the caller's Argo CD operations available to the rows of a deployments card. */
export function ArgoOperationsProvider(props: ArgoOperationsProviderProps) {
  const { entity, permissions, onChanged, children } = props;
  return (
    <ArgoOperationsContext.Provider
      value={permissions ? { entity, permissions, onChanged } : undefined}
    >
      {children}
    </ArgoOperationsContext.Provider>
  );
}

/** The operations the caller may run, or `undefined` when none. */
export function useArgoOperations(): ArgoOperationsContextValue | undefined {
  const value = useContext(ArgoOperationsContext);
  const { refresh, sync, rollback } = value?.permissions ?? {};
  return refresh || sync || rollback ? value : undefined;
}

export { ArgoOperationButtons } from './ArgoOperationButtons';
export {
  ArgoOperationsProvider,
  useArgoOperations,
} from './ArgoOperationsContext';

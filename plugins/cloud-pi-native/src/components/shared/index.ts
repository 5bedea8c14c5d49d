export {
  CardStates,
  MissingCloudPiAnnotation,
  REQUIRED_ANNOTATIONS,
} from './CardStates';
export { ExternalLink } from './ExternalLink';
export { GeneratedAt } from './GeneratedAt';
export { PartErrorAlert } from './PartErrorAlert';
export { StageChip } from './StageChip';
export { StatusIndicator } from './StatusIndicator';
export type { StatusTone } from './StatusIndicator';
export { UsageBar } from './UsageBar';
export { useFormatters } from './useFormatters';
export { useCloudPiTranslation } from './useCloudPiTranslation';
export type { CloudPiTranslate } from './useCloudPiTranslation';
export { useResourceFormat } from './useResourceFormat';
export type { ResourceName } from './useResourceFormat';
export { useSharedStyles } from './styles';
export { errorMessage } from './errorMessage';

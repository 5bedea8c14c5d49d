export {
  CardStates,
  MissingCloudPiAnnotation,
  REQUIRED_ANNOTATIONS,
} from './CardStates';
export { ExternalLink } from './ExternalLink';
export { GeneratedAt } from './GeneratedAt';
export { LoadError } from './LoadError';
export { PartErrorAlert } from './PartErrorAlert';
export { StageChip } from './StageChip';
export { StatusIndicator } from './StatusIndicator';
export type { StatusTone } from './StatusIndicator';
export { UsageBar } from './UsageBar';
export { useFormatters } from './useFormatters';
export type { Formatters } from './useFormatters';
export { useCloudPiTranslation } from './useCloudPiTranslation';
export type { CloudPiTranslate } from './useCloudPiTranslation';
export { useResourceFormat } from './useResourceFormat';
export type { ResourceName } from './useResourceFormat';
export { useSharedStyles } from './styles';
export { errorMessage } from './errorMessage';
export { CloudPiCard } from './CloudPiCard';
export { PageCard } from './PageCard';
export { DataTable, visibleColumns } from './DataTable';
export type { ColumnPriority, DataColumn } from './DataTable';
export { Identifier } from './Identifier';
export { Tiles } from './Tiles';
export type { Tile } from './Tiles';
export { TruncatedText } from './TruncatedText';
export { CARD_SIZE_BREAKPOINTS, cardSizeOf, useCardSize } from './useCardSize';
export type { CardSize } from './useCardSize';
export { DateTime } from './DateTime';
export { Name } from './Name';
export { ToolMessage } from './ToolMessage';
export { TileList, TileListItem } from './TileList';

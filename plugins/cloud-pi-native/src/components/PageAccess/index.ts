export { AccessPanel } from './AccessPanel';
export { CloudPiToolLinksFilter } from './ToolLinksFilter';
export { PageAccessStore } from './PageAccessStore';
export { pageAccessApiRef } from './pageAccessApi';
export { useRefusalShownByPanel, useReportCardAccess } from './usePageAccess';

export { AccessPanel } from './AccessPanel';
export { PageAccessStore } from './PageAccessStore';
export { pageAccessApiRef } from './pageAccessApi';
export { useRefusalShownByPanel, useReportCardAccess } from './usePageAccess';

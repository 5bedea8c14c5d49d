export { AccessPanel } from './AccessPanel';
export { PageAccessStore } from './PageAccessStore';
export { pageAccessApiRef } from './pageAccessApi';

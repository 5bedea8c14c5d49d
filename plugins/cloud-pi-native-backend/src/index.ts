/**
 * Backend of the Cloud π Native entity cards.
 *
 * @packageDocumentation
 */

export { cloudPiNativePlugin as default } from './plugin';

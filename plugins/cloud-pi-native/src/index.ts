/**
 * Cloud π Native entity cards and scaffolder field extensions. The default
 * export of `@cpin/plugin-cloud-pi-native/alpha` is the plugin for the new
 * frontend system.
 *
 * @packageDocumentation
 */

export {};

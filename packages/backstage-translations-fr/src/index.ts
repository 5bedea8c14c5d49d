/**
 * French messages for the translation refs of Backstage's core plugins, for
 * the new frontend system (`backstageTranslationsFrModule`) and the legacy one
 * (`backstageTranslationsFr`).
 *
 * @packageDocumentation
 */

export {
  backstageTranslationsFrExtensions,
  backstageTranslationsFrModule,
} from './module';
export * from './resources';

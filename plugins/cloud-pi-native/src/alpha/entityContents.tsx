import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isEnvironmentsAvailable } from '@cpin/plugin-cloud-pi-native-common';

/**
 * The "Environments" tab of projects and environments. Its title is set in
 * English here (the blueprint takes a string); override it per language
 * with `app.extensions: - entity-content:cloud-pi-native/environments:
 * config: { title: Environnements }`.
 *
 * @alpha
 */
export const environmentsEntityContent = EntityContentBlueprint.make({
  name: 'environments',
  params: {
    path: '/environments',
    title: 'Environments',
    filter: isEnvironmentsAvailable,
    loader: () =>
      import('../components/EnvironmentsContent').then(m => (
        <m.EnvironmentsContent />
      )),
  },
});

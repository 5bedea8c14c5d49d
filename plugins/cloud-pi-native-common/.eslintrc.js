module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // The permission predicates keep the console's names (ProjectAuthorized.ListEnvironments…).
    'new-cap': ['error', { capIsNew: false }],
  },
});

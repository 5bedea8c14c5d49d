/**
 * Node.js building blocks of the Cloud π Native plugin suite: configuration,
 * the typed console client, the tool clients (SonarQube, Argo CD, Vault,
 * GitLab, Harbor, Kubernetes) and the `cloudPiServiceRef` backend service.
 *
 * @packageDocumentation
 */

export * from './argocd';
export * from './concurrency';
export * from './config';
export * from './console';
export * from './gitlab';
export * from './harbor';
export * from './http';
export * from './kubernetes';
export * from './service';
export * from './sonarqube';
export * from './vault';

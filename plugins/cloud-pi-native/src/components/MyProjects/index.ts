export { CloudPiMyProjects } from './MyProjects';
export type { CloudPiMyProjectsProps } from './MyProjects';

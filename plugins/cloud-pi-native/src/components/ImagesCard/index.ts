export { ImagesCard } from './ImagesCard';

/** Animation features for `LazyMotion`, loaded after first paint. */
export { domAnimation as default } from 'framer-motion';

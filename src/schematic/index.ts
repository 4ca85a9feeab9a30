/** Image Factory schematics: the factory's model and ID, combining cluster.yaml's levels, installer images. */
export * from './factory.js';
export * from './installer.js';
export * from './layers.js';

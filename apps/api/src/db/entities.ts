import { Program } from '../modules/programs/program.entity.js';
import { Source } from '../modules/sources/source.entity.js';

/** Every mapped entity, listed explicitly so that the same list works from source and from dist. */
export const entities = [Source, Program];

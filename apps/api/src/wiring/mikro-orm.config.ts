import { loadConfig } from '../config.js';
import { ormOptions } from './orm-options.js';

// Read by the MikroORM CLI only; the server and the tests call ormOptions through initORM.
export default ormOptions(loadConfig().database);

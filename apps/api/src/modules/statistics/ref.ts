/** What other modules may use of statistics: everything else in this folder is its own. */
export { Indicator } from './indicator.entity.js';
export { IndicatorRef } from './statistics.ref.js';

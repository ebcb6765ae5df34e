// Shared finder of quantities (number + scale + unit/currency + hedge + ranges),
// used by the areas and investments rules.
export { amount, findQuantities, hasMarks, hectares, type Quantity } from './scan.js';

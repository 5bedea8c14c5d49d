export { BudgetSummary } from './BudgetSummary';
export { EnvironmentsCard } from './EnvironmentsCard';
export { EnvironmentsTable } from './EnvironmentsTable';

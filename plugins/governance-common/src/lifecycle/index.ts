export * from './lifecycleTransitions';
export * from './nextLifecycleState';
export * from './lifecycleDiagram';

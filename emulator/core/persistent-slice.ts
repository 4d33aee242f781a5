/* A piece of Workspace state that saves to and restores from JSON, as `Workspace.persist` registers it. */

export interface PersistentSlice {
  snapshot(): unknown;
  restore(data: unknown): void;
}

/* Every emulated REST endpoint module; importing this registers their routes. */
export { findRoute } from "./router";

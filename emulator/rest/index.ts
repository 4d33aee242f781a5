/* Every emulated REST endpoint module; importing this registers their routes. */
import "../calendar/rest";
import "../classroom/rest";
import "../classroom/tokeninfo";
import "../docs/rest-routes";
import "../drive/rest";
import "../gmail/rest";

export { findRoute } from "./router";

/* The About sidebar: shows Confer's version and who is signed in. */
import { setText, showError } from "../shared/dom";
import { callServer } from "../shared/server";

callServer("getAboutInfo")
  .then((info) => {
    setText("version", info.version);
    setText("user", info.user || "Not shared by Google (outside your school's domain)");
  })
  .catch((error) => showError("error", error));

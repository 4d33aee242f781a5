/* The About sidebar: which Confer this is, and who Google says is using it. */
import { APP_NAME, CONFER_VERSION } from "../domain/app-info";

export interface AboutInfo {
  readonly name: string;
  readonly version: string;
  readonly user: string;
}

export function aboutInfoFor(caller: string): AboutInfo {
  return { name: APP_NAME, version: CONFER_VERSION, user: caller };
}

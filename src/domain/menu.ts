/*
 * The Confer menu, as data: which items each editor shows and the server function each runs.
 * The server renders it through the Ui adapter; the tests check every function is exposed.
 */

export type EditorHost = "Sheets" | "Docs";

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export type MenuEntry = MenuItem | "separator";

const ABOUT: MenuItem = { caption: "About Confer", functionName: "showAboutSidebar" };

export function conferMenu(_host: EditorHost): readonly MenuEntry[] {
  return [ABOUT];
}

export function menuFunctionNames(host: EditorHost): string[] {
  return conferMenu(host).flatMap((entry) => (entry === "separator" ? [] : [entry.functionName]));
}

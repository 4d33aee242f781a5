/* A checklist of boxes (purposes, rehearsal), ticked in the sidebar and read back as labels. */
import type { PurposeChoice } from "../../domain/my-conference/view";
import { byId } from "../shared/dom";

export function renderChecklist(id: string, items: readonly PurposeChoice[], editable: boolean) {
  byId(id).replaceChildren(
    ...items.map((item) => {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = item.label;
      box.checked = item.ticked;
      box.disabled = !editable;
      label.append(box, document.createTextNode(` ${item.label}`));
      return label;
    }),
  );
}

export function tickedIn(id: string): string[] {
  return [...byId(id).querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
}

/* The three reflection lines in the sidebar, each with a sentence starter to begin with. */
import { SENTENCE_STARTERS } from "../../domain/conference-docs/default-template";
import type { ReflectionInput, ReflectionLine } from "../../domain/my-conference/reflection";
import { byId } from "../shared/dom";

function starterChoice(area: string): HTMLSelectElement {
  const select = document.createElement("select");
  select.id = `starter-${area}`;
  select.setAttribute("aria-label", `Sentence starter for ${area}`);
  const none = document.createElement("option");
  none.value = "";
  none.textContent = "(no starter)";
  select.append(
    none,
    ...SENTENCE_STARTERS.map((starter) => {
      const option = document.createElement("option");
      option.value = starter;
      option.textContent = starter;
      return option;
    }),
  );
  return select;
}

export function renderReflection(lines: readonly ReflectionLine[], editable: boolean): void {
  byId("reflection").replaceChildren(
    ...lines.flatMap((line) => {
      const now = document.createElement("p");
      now.textContent = `${line.area}: ${line.text}`;
      if (!editable) return [now];
      const label = document.createElement("label");
      label.textContent = line.area;
      label.htmlFor = `reflection-${line.area}`;
      const input = document.createElement("input");
      input.type = "text";
      input.id = `reflection-${line.area}`;
      return [now, label, starterChoice(line.area), input];
    }),
  );
}

export function writtenReflection(lines: readonly ReflectionLine[]): ReflectionInput[] {
  return lines.map((line) => ({
    area: line.area,
    starter: byId<HTMLSelectElement>(`starter-${line.area}`).value,
    text: byId<HTMLInputElement>(`reflection-${line.area}`).value.trim(),
  }));
}

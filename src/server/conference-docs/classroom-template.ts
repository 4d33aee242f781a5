/*
 * The classroom template doc, made by the first classroom docs run that has docs to make (as the
 * hub owner, like Set up hub's default template) and remembered in one script property after.
 */
import {
  CLASSROOM_TEMPLATE_NAME,
  classroomTemplate,
} from "../../domain/conference-docs/classroom-template";
import { createTemplateDoc } from "../../workspace/template-doc";

const TEMPLATE_ID = "confer.classroomTemplateId";

export function classroomTemplateId(): string {
  const properties = PropertiesService.getScriptProperties();
  const known = properties.getProperty(TEMPLATE_ID);
  if (known) return known;
  const made = createTemplateDoc(CLASSROOM_TEMPLATE_NAME, classroomTemplate());
  properties.setProperty(TEMPLATE_ID, made);
  return made;
}

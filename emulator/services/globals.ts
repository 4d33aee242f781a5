/* The Apps Script globals an execution sees, each bound to that execution. */
import type { Emulated } from "../core/emulated";
import type { Execution } from "../core/execution";
import { EmulatedDocumentApp } from "./document-app";
import { EmulatedContentService, EmulatedHtmlService } from "./html";
import { EmulatedLockService } from "./lock";
import { EmulatedConsole, EmulatedLogger } from "./logging";
import { EmulatedPropertiesService } from "./properties";
import { EmulatedScriptApp } from "./script-app";
import { EmulatedSession } from "./session";
import { EmulatedSpreadsheetApp } from "./spreadsheet-app";
import { EmulatedUtilities } from "./utilities";

export function createGlobals(exec: Execution): Record<string, Emulated> {
  return {
    console: new EmulatedConsole(exec),
    ContentService: new EmulatedContentService(exec),
    DocumentApp: new EmulatedDocumentApp(exec),
    HtmlService: new EmulatedHtmlService(exec),
    LockService: new EmulatedLockService(exec),
    Logger: new EmulatedLogger(exec),
    PropertiesService: new EmulatedPropertiesService(exec),
    ScriptApp: new EmulatedScriptApp(exec),
    Session: new EmulatedSession(exec),
    SpreadsheetApp: new EmulatedSpreadsheetApp(exec),
    Utilities: new EmulatedUtilities(exec),
  };
}

/* The Apps Script globals an execution sees, each bound to that execution. */
import type { Emulated } from "../core/emulated";
import type { Execution } from "../core/execution";
import { EmulatedCacheService } from "./cache";
import { EmulatedDocumentApp } from "./document-app";
import { EmulatedDriveApp } from "./drive-app";
import { EmulatedContentService, EmulatedHtmlService } from "./html";
import { EmulatedLanguageApp } from "./language";
import { EmulatedLockService } from "./lock";
import { EmulatedConsole, EmulatedLogger } from "./logging";
import { EmulatedPropertiesService } from "./properties";
import { EmulatedScriptApp } from "./script-app";
import { EmulatedSession } from "./session";
import { EmulatedSpreadsheetApp } from "./spreadsheet-app";
import { EmulatedUrlFetchApp } from "./url-fetch";
import { EmulatedUtilities } from "./utilities";

export function createGlobals(exec: Execution): Record<string, Emulated> {
  return {
    CacheService: new EmulatedCacheService(exec),
    console: new EmulatedConsole(exec),
    ContentService: new EmulatedContentService(exec),
    DocumentApp: new EmulatedDocumentApp(exec),
    DriveApp: new EmulatedDriveApp(exec),
    HtmlService: new EmulatedHtmlService(exec),
    LanguageApp: new EmulatedLanguageApp(exec),
    LockService: new EmulatedLockService(exec),
    Logger: new EmulatedLogger(exec),
    PropertiesService: new EmulatedPropertiesService(exec),
    ScriptApp: new EmulatedScriptApp(exec),
    Session: new EmulatedSession(exec),
    SpreadsheetApp: new EmulatedSpreadsheetApp(exec),
    UrlFetchApp: new EmulatedUrlFetchApp(exec),
    Utilities: new EmulatedUtilities(exec),
  };
}

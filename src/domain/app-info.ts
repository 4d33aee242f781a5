/* Confer's name and version, as shown to people and reported by the web app. */
export const APP_NAME = "Confer";
export const CONFER_VERSION = "0.1.0";

/*
 * npm run demo -- [--out DIR] [--seed N] [--students N] [--roster PATH] (and npm start): builds
 * dist/ if it is stale, runs the scripted term on the built bundle with the demo school (of N
 * students, or the roster in PATH), writes what it made into DIR and prints a short summary.
 */
import { demoMain } from "./demo/main";

process.exitCode = demoMain(process.argv.slice(2));

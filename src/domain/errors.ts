/*
 * The base of every error whose code a client is told: the web app answers it as that code and
 * the error's own message. An error outside this base is a server error to the client.
 */
export abstract class ConferError extends Error {
  abstract readonly code: string;
}

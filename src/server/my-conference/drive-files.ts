/*
 * The artifact picker's endpoint: the student's own Drive files, listed as the student, to add
 * one as an artifact exactly as a pasted link is added.
 */
import type { OwnFile } from "../../domain/my-conference/own-files";
import { NotAllowedError } from "../../domain/roles";
import { listOwnFiles } from "../../workspace/drive-own-files";
import { openConference } from "./sidebar";

export function listMyDriveFiles(): OwnFile[] {
  const { access } = openConference();
  if (access.role !== "student") {
    throw new NotAllowedError("Only the student can add artifacts from their own files.");
  }
  return listOwnFiles();
}

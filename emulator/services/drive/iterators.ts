/*
 * DriveApp's FileIterator and FolderIterator over a list fixed when the iterator is made.
 * next() past the end throws, as Google's iterators do.
 * Reference: developers.google.com/apps-script/reference/drive/file-iterator
 */
import { Emulated, type Emulates } from "../../core/emulated";
import { GoogleError } from "../../core/errors";
import type { Execution } from "../../core/execution";

abstract class DriveIterator<T> extends Emulated {
  private position = 0;

  constructor(
    exec: Execution,
    private readonly items: readonly T[],
  ) {
    super(exec);
  }

  hasNext(): boolean {
    return this.position < this.items.length;
  }

  next(): T {
    if (!this.hasNext()) {
      throw new GoogleError("Cannot retrieve the next object: iterator has reached the end.");
    }
    return this.items[this.position++]!;
  }
}

export class EmulatedFileIterator<T>
  extends DriveIterator<T>
  implements Emulates<GoogleAppsScript.Drive.FileIterator, "hasNext" | "next">
{
  static override readonly className = "FileIterator";
  static override readonly methods = ["hasNext", "next"];
}

export class EmulatedFolderIterator<T>
  extends DriveIterator<T>
  implements Emulates<GoogleAppsScript.Drive.FolderIterator, "hasNext" | "next">
{
  static override readonly className = "FolderIterator";
  static override readonly methods = ["hasNext", "next"];
}

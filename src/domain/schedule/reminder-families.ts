/*
 * Who a round of booking reminders goes to: one reminder per family link, for families with a
 * guardian email; students whose guardians have none are named instead.
 */

interface Remindable {
  readonly studentName: string;
  readonly guardians: readonly { readonly email: string }[];
  readonly link: string;
}

export function familiesToRemind<R extends Remindable>(
  rows: readonly R[],
): { readonly rows: readonly R[]; readonly withoutEmail: readonly string[] } {
  const hasEmail = (row: R) => row.guardians.some((g) => g.email !== "");
  const seenLinks = new Set<string>();
  const reminded = rows.filter((row) => {
    if (!hasEmail(row) || seenLinks.has(row.link)) return false;
    seenLinks.add(row.link);
    return true;
  });
  return {
    rows: reminded,
    withoutEmail: rows.filter((row) => !hasEmail(row)).map((row) => row.studentName),
  };
}

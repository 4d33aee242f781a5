/* A count with its noun in the right number: "1 comment", "2 comments", "3 classes". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

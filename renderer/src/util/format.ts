/** "1 document", "2,400 documents": counts shown to the user, with the locale's grouping. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

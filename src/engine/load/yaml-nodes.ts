import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';

/** The value node under `key` in a map node, or undefined. */
export function child(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const pair = (map as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

/** A map key as text: a scalar's value, anything else as the parser prints it. */
export function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** The keys of a map node, as text. */
export function keysOf(map: unknown): string[] {
  return isMap(map) ? map.items.map((p) => keyText(p.key)) : [];
}

/** The text of a scalar node (numbers become their text), or undefined when absent, empty or not a scalar. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const text = String(node.value).trim();
  return text === '' ? undefined : text;
}

/** The items of a sequence node, or undefined when it is not one. */
export function items(node: unknown): Node[] | undefined {
  return isSeq(node) ? (node.items as Node[]) : undefined;
}

// probe: renderer/src/components/probe.ts
// rule: no-restricted-syntax
export function show(text: string): void {
  document.write(text);
}

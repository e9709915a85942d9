// probe: renderer/src/components/probe.ts
// rule: no-restricted-syntax
export function show(element: HTMLElement, text: string): void {
  element.outerHTML = text;
}

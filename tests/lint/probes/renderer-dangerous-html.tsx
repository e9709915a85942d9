// probe: renderer/src/components/Probe.tsx
// rule: no-restricted-syntax
export function Probe({ text }: { text: string }) {
  return <div dangerouslySetInnerHTML={{ __html: text }} />;
}

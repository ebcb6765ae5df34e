// The province a pre-2025 province became on 1 July 2025. Placeholder.
export function province2025(name: string | null): string | null {
  return name;
}

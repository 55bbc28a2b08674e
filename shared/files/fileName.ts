// File names suggested for exports: the user's name for the thing, reduced to characters
// every file system accepts ("Whitepaper follow-up (sample)" → "whitepaper-follow-up-sample").
export function fileNameOf(name: string, fallback: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80);
  return safe || fallback;
}

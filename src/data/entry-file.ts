/** The content file an MDX entry was loaded from, as the build's messages name it ("content/states/armenia.mdx"). */
export function entryFile(
  folder: 'pages' | 'states' | 'sources',
  entry: { id: string; filePath?: string | undefined }
): string {
  return entry.filePath ?? `content/${folder}/${entry.id}.mdx`;
}

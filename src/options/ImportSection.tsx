/** Import and export of phrase files: placeholder until the import work lands. */
export function ImportSection() {
  return null;
}

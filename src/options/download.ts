/**
 * Hands a text to the browser as a file download: a Blob URL on an `<a download>`, clicked. No permission needed
 * (the `downloads` API would add one to the manifest). The URL is released once the download has surely started.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The bytes of a base64 text, as the API sends files (ExportBestand.inhoud). */
export function base64NaarBytes(base64: string): Uint8Array<ArrayBuffer> {
  const tekens = atob(base64);
  const bytes = new Uint8Array(tekens.length);
  for (let i = 0; i < tekens.length; i++) bytes[i] = tekens.charCodeAt(i);
  return bytes;
}

/** Saves a file the API sent as base64 through the browser's own download. */
export function bewaarBestand(bestand: { naam: string; mimeType: string; inhoud: string }): void {
  const url = URL.createObjectURL(new Blob([base64NaarBytes(bestand.inhoud)], { type: bestand.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = bestand.naam;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; free it once that has started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

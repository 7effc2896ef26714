/** The layers sigma draws, bottom to top; the mouse layer holds nothing to keep. */
const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'];

/** The part of a sigma renderer the export uses (any node and edge attribute types). */
export interface DrawnLayers {
  getDimensions(): { width: number; height: number };
  refresh(): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
}

export interface PngCaption {
  title: string;
  legend: readonly { label: string; color: string }[];
}

/**
 * The drawing as one PNG: sigma's canvas layers composited onto white, with a title and legend
 * underneath so the picture still says what it shows once it is pasted into a report. The WebGL
 * layers keep no drawing buffer, so the render and the copy happen in the same task.
 */
export function sigmaToPng(renderer: DrawnLayers, caption: PngCaption): Promise<Blob> {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = renderer.getDimensions();
  const lineHeight = 22;
  const captionHeight = 16 + lineHeight * (1 + Math.ceil(caption.legend.length / 4));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round((height + captionHeight) * ratio);
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('No 2D canvas context'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);

  renderer.refresh();
  const layers = renderer.getCanvases();
  for (const name of LAYERS) {
    const layer = layers[name];
    if (layer) context.drawImage(layer, 0, 0, width * ratio, height * ratio);
  }

  context.scale(ratio, ratio);
  context.textBaseline = 'middle';
  context.fillStyle = '#1b1f24';
  context.font = '600 15px system-ui, sans-serif';
  context.fillText(caption.title, 12, height + 8 + lineHeight / 2);
  context.font = '13px system-ui, sans-serif';
  const column = Math.max(140, width / 4);
  caption.legend.forEach((item, i) => {
    const x = 12 + (i % 4) * column;
    const y = height + 8 + lineHeight * (1.5 + Math.floor(i / 4));
    context.fillStyle = item.color;
    context.beginPath();
    context.arc(x + 6, y, 6, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = '#1b1f24';
    context.fillText(item.label, x + 18, y);
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

/** Offers `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

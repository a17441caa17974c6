// Tells a software WebGL (SwiftShader, llvmpipe: headless or GPU-less machines) from a real GPU, so
// the viewer switches to its cheap drawing mode at a much smaller graph size there.

let cached: boolean | undefined;

export function isSoftwareWebGL(): boolean {
  if (cached !== undefined) return cached;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    cached = /swiftshader|llvmpipe|software|softpipe/i.test(renderer);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    cached = false;
  }
  return cached;
}

/** Past this size: points and 1 px lines, no hover dimming, no edge picking. */
export function isLargeGraph(order: number, size: number): boolean {
  return isSoftwareWebGL() ? order > 1_500 || size > 3_000 : order > 10_000 || size > 20_000;
}

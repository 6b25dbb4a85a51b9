/**
 * The model worker: reads the skin from the body model's bytes (glbSkin.ts) off the page's main
 * thread and answers once with the arrays, transferred. Started by modelRequest.ts as the page
 * starts up; the meshopt decoder runs here from its embedded WebAssembly (no further worker).
 */
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { readGlbSkin } from './glbSkin';
import type { SkinReply } from './modelRequest';

addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  void MeshoptDecoder.ready
    .then(() => {
      const skin = readGlbSkin(event.data, MeshoptDecoder);
      const transfer = [skin.positions.buffer, skin.index.buffer];
      if (skin.normals) transfer.push(skin.normals.buffer);
      const reply: SkinReply = { ok: true, skin };
      postMessage(reply, { transfer });
    })
    .catch((error: unknown) => {
      const reply: SkinReply = { ok: false, message: String(error) };
      postMessage(reply);
    });
});

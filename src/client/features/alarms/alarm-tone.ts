// The console's alarm tone as a WAV data URI generated in the browser: two alternating pitches, loud and short, to
// be looped by an <audio> element. Must not download anything or play sound itself.

const sampleRate = 8_000;

/** PCM 8-bit mono WAV bytes of `seconds` of a two-tone siren (880 Hz / 660 Hz, 0.25 s each). */
export function sirenWavBytes(seconds = 1): Uint8Array {
  const samples = Math.floor(sampleRate * seconds);
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[offset + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // byte rate: 1 byte per sample
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) {
    const t = i / sampleRate;
    const freq = Math.floor(t * 4) % 2 === 0 ? 880 : 660;
    // A square-ish wave is louder on small speakers than a sine at the same peak.
    const v = Math.sin(2 * Math.PI * freq * t) >= 0 ? 1 : -1;
    bytes[44 + i] = 128 + Math.round(v * 110);
  }
  return bytes;
}

export function sirenDataUri(seconds = 1): string {
  const bytes = sirenWavBytes(seconds);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `data:audio/wav;base64,${btoa(binary)}`;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The booth's test call page, shared by booth_test and booth_bench: a WebRTC call between two peer connections
// in one page, so the camera and microphone (Chromium's fake devices) go out of one and come in at the other.
// It reports window.callState ('starting', 'media', 'connected' or 'error'), window.callError (the error's
// name) and window.bytesReceived (inbound-rtp bytes, every 20 ms).
#pragma once

#include <QByteArray>

namespace HealthHub::Test {

inline const QByteArray kCallPage = R"(<!doctype html><html><body><video id="remote" autoplay muted></video><script>
window.callState = 'starting'; window.bytesReceived = 0; window.callError = '';
(async () => {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({video: true, audio: true});
    window.callState = 'media';
    const a = new RTCPeerConnection(), b = new RTCPeerConnection();
    a.onicecandidate = e => { if (e.candidate) b.addIceCandidate(e.candidate); };
    b.onicecandidate = e => { if (e.candidate) a.addIceCandidate(e.candidate); };
    b.ontrack = e => { document.getElementById('remote').srcObject = e.streams[0]; };
    b.onconnectionstatechange = () => { if (b.connectionState === 'connected') window.callState = 'connected'; };
    stream.getTracks().forEach(t => a.addTrack(t, stream));
    const offer = await a.createOffer();
    await a.setLocalDescription(offer);
    await b.setRemoteDescription(offer);
    const answer = await b.createAnswer();
    await b.setLocalDescription(answer);
    await a.setRemoteDescription(answer);
    setInterval(async () => {
      const stats = await b.getStats();
      let bytes = 0;
      stats.forEach(r => { if (r.type === 'inbound-rtp') bytes += r.bytesReceived || 0; });
      window.bytesReceived = bytes;
    }, 20);
  } catch (e) {
    window.callState = 'error';
    window.callError = e.name;
  }
})();
</script></body></html>)";

} // namespace HealthHub::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// An empty service worker: the reset probe registers it as a canary, and the next probe must not find it.
self.addEventListener('install', () => self.skipWaiting());

// SPDX-License-Identifier: GPL-3.0-or-later
// Counts what each storage kind holds for this origin (counts only, never contents), reports the counts on
// the console as "healthhub-probe:{json}", and with ?plant=1 then fills each kind with a canary and says
// "healthhub-probe-planted:".
(async () => {
    const report = {};
    const count = async (kind, fn) => {
        try {
            report[kind] = await fn();
        } catch (e) {
            report[kind] = -1; // not available on this origin
        }
    };
    const plant = new URLSearchParams(location.search).get('plant') === '1';

    await count('cookies', async () => (document.cookie ? document.cookie.split(';').length : 0));
    await count('localStorage', async () => localStorage.length);
    await count('sessionStorage', async () => sessionStorage.length);
    await count('indexedDB', async () => (await indexedDB.databases()).length);
    await count('cacheStorage', async () => (await caches.keys()).length);
    await count('serviceWorkers', async () => (await navigator.serviceWorker.getRegistrations()).length);
    await count('httpCache', async () => {
        // Only a cached copy can answer an only-if-cached request...
        try {
            await fetch('canary', {cache: 'only-if-cached', mode: 'same-origin'});
            return 1;
        } catch (e) {
            // ...but a refusal only counts if this origin can fetch at all (Qt 6.4 custom schemes cannot).
            await fetch('canary', {cache: 'no-store'});
            return 0;
        }
    });
    await count('permissions', async () => {
        let granted = 0;
        for (const name of ['geolocation', 'notifications', 'camera', 'microphone']) {
            try {
                const status = await navigator.permissions.query({name});
                if (status.state !== 'prompt') {
                    granted += 1;
                }
            } catch (e) {
                // a name this engine does not know
            }
        }
        return granted;
    });

    // The counts go first, before any canary exists.
    console.log('healthhub-probe:' + JSON.stringify(report));

    if (plant) {
        const tryPlant = async (fn) => {
            try {
                await fn();
            } catch (e) {
                // a kind this origin cannot hold is simply not planted
            }
        };
        // The cookie canary is planted by the application, after the count (see ResetVerifier).
        await tryPlant(async () => localStorage.setItem('healthhub-canary', '1'));
        await tryPlant(async () => sessionStorage.setItem('healthhub-canary', '1'));
        await tryPlant(() => new Promise((resolve, reject) => {
            const open = indexedDB.open('healthhub-canary', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('canary');
            open.onsuccess = () => { open.result.close(); resolve(); };
            open.onerror = () => reject(open.error);
        }));
        await tryPlant(async () => (await caches.open('healthhub-canary')).put('canary-entry', new Response('1')));
        await tryPlant(async () => navigator.serviceWorker.register('probe-sw.js'));
        await tryPlant(async () => fetch('canary', {cache: 'force-cache'}));
    }
    console.log('healthhub-probe-planted:');
})();

// SPDX-License-Identifier: GPL-3.0-or-later
// The practice site's behaviour: one screen of a page at a time, and a message to the guide each time the
// visitor does a step. The kiosk listens for "practice-step" events on the document (from its own isolated
// script, so pages never see the kiosk's channel); in an ordinary browser nothing listens and nothing breaks.
(function () {
    'use strict';
    var pending = [];

    function bridgeReady() {
        return document.documentElement.getAttribute('data-bridge') === 'ready';
    }

    function send(event) {
        document.dispatchEvent(new CustomEvent('practice-step', { detail: event }));
    }

    document.addEventListener('practice-bridge-ready', function () {
        var queued = pending;
        pending = [];
        queued.forEach(send);
    });

    function show(id) {
        var screens = document.querySelectorAll('section[data-screen]');
        for (var i = 0; i < screens.length; ++i) {
            var shown = screens[i].getAttribute('data-screen') === id;
            screens[i].classList.toggle('shown', shown);
            if (shown) {
                var heading = screens[i].querySelector('h1');
                if (heading) {
                    heading.setAttribute('tabindex', '-1');
                    heading.focus();
                }
            }
        }
        window.scrollTo(0, 0);
    }

    window.Practice = {
        /** Tells the guide the visitor did step @p event. */
        reached: function (event) {
            if (bridgeReady()) {
                send(event);
            } else {
                pending.push(event);
            }
        },
        show: show,
        /** Shows @p errorId when @p ok is false; returns ok. */
        check: function (ok, errorId) {
            var error = document.getElementById(errorId);
            if (error) {
                error.hidden = ok;
            }
            return ok;
        },
    };

    // Declarative wiring: data-event="step-name" reports a step, data-go="screen" or data-href="page.html" moves on.
    document.addEventListener('click', function (e) {
        var target = e.target.closest('[data-event],[data-go],[data-href]');
        if (!target || target.hasAttribute('data-check')) {
            return;
        }
        Practice.go(target);
    });
    Practice.go = function (target) {
        if (target.getAttribute('data-event')) {
            Practice.reached(target.getAttribute('data-event'));
        }
        if (target.getAttribute('data-go')) {
            show(target.getAttribute('data-go'));
        }
        if (target.getAttribute('data-href')) {
            window.location.href = target.getAttribute('data-href');
        }
    };

    document.addEventListener('DOMContentLoaded', function () {
        var first = document.querySelector('section[data-screen]');
        var wanted = window.location.hash.slice(1);
        if (wanted && document.querySelector('section[data-screen="' + wanted + '"]')) {
            show(wanted);
        } else if (first) {
            show(first.getAttribute('data-screen'));
        }
    });
})();

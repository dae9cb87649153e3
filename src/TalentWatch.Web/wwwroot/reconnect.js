// The reconnect panel's "Reload" links: a script file rather than inline onclick handlers, which the CSP (script-src 'self') blocks.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('[data-tw-reload]') : null;
    if (link) {
        event.preventDefault();
        location.reload();
    }
});

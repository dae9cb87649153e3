// Editors select a sentence or a few in the article to add a departure from them. This module turns the browser's selection
// into article offsets (every text piece of the editable article carries its offset in data-o) and tells the page.
// A collapsed selection is reported late, so that a tap on "Add a departure from the selection" (which on a phone clears the
// selection first) still finds it.
export function watch(container, page) {
    let timer = 0;
    let last = '';
    const report = () => {
        const selection = document.getSelection();
        const span = selection && selection.rangeCount > 0 && !selection.isCollapsed ? spanOf(container, selection.getRangeAt(0)) : null;
        const key = span ? `${span.start}:${span.length}` : '';
        if (key !== last) {
            last = key;
            page.invokeMethodAsync('SelectionChanged', span ? span.start : -1, span ? span.length : 0);
        }
    };
    const changed = () => {
        clearTimeout(timer);
        const selection = document.getSelection();
        timer = setTimeout(report, !selection || selection.isCollapsed ? 1000 : 150);
    };
    // A mouse press on the add button would clear the selection before the click; keep it.
    const keep = event => {
        if (event.target instanceof Element && event.target.closest('[data-tw-keep-selection]')) {
            event.preventDefault();
        }
    };
    document.addEventListener('selectionchange', changed);
    document.addEventListener('mousedown', keep);
    container.dataset.twWatching = 'true';
    changed(); // a selection made before the page was interactive
    return {
        dispose: () => {
            clearTimeout(timer);
            document.removeEventListener('selectionchange', changed);
            document.removeEventListener('mousedown', keep);
        },
    };
}

function spanOf(container, range) {
    let start = Number.MAX_SAFE_INTEGER;
    let end = -1;
    for (const piece of container.querySelectorAll('[data-o]')) {
        const node = piece.firstChild;
        if (!node || !range.intersectsNode(node)) {
            continue;
        }

        const offset = Number(piece.dataset.o);
        const from = node === range.startContainer ? range.startOffset : 0;
        const to = node === range.endContainer ? range.endOffset : node.textContent.length;
        if (to > from) {
            start = Math.min(start, offset + from);
            end = Math.max(end, offset + to);
        }
    }

    return end > start ? { start, length: end - start } : null;
}

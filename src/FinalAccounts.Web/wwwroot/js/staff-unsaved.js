// A staff form marked data-unsaved-warning warns before its unsaved edits are lost: when the page is
// left (closed, reloaded, another address typed) the browser asks through beforeunload, and a link
// followed on the page (another evaluation's tab, another part) asks first with a confirm. Submitting
// the form itself (saving, a list button) never asks: the server keeps what was typed. The form is
// compared with what it held when the page was shown, so an edit undone by hand asks nothing.
(function () {
    "use strict";
    var message = "本页有尚未保存的修改，离开后这些修改将丢失。确定离开吗？";

    function serialize(form) {
        var pairs = [];
        new FormData(form).forEach(function (value, name) {
            if (typeof value === "string") {
                pairs.push(encodeURIComponent(name) + "=" + encodeURIComponent(value));
            }
        });
        return pairs.join("&");
    }

    document.querySelectorAll("form[data-unsaved-warning]").forEach(function (form) {
        var shown = serialize(form);
        var leaving = false;

        function changed() {
            return !leaving && serialize(form) !== shown;
        }

        form.addEventListener("submit", function () { leaving = true; });

        window.addEventListener("beforeunload", function (event) {
            if (changed()) {
                event.preventDefault();
                // Older browsers show the prompt only when returnValue is set; the text itself is the browser's.
                event.returnValue = message;
            }
        });

        document.addEventListener("click", function (event) {
            var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
            // A click that opens a new tab or window (ctrl, shift, middle button) leaves this page as it is.
            if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || link.target === "_blank" || link.hasAttribute("download")
                || link.getAttribute("href").charAt(0) === "#" || !changed()) {
                return;
            }
            if (window.confirm(message)) {
                leaving = true;
            } else {
                event.preventDefault();
            }
        });
    });
})();

// Forms with data-progress show a busy indicator once submitted, and cannot be submitted twice.
document.querySelectorAll("form[data-progress]").forEach(function (form) {
    form.addEventListener("submit", function () {
        var note = form.querySelector(".progress-note");
        if (note) {
            note.querySelector("span").textContent = form.getAttribute("data-progress");
            note.hidden = false;
        }
        form.querySelectorAll("button[type=submit]").forEach(function (button) { button.disabled = true; });
    });
});

/* The few behaviours pages need beyond PrimeFaces: no inline script anywhere (the pages run under a strict CSP). */
(function () {
    "use strict";

    function widget(name) {
        try {
            return window.PF ? PF(name) : null;
        } catch (e) {
            return null;
        }
    }

    /** A rich-text editor is a labelled text box for screen readers and for anyone finding it by its label. */
    function labelEditors() {
        document.querySelectorAll(".ui-texteditor").forEach(function (box) {
            // PrimeFaces gives the editor's box the textbox role; it needs the label's name
            var labelId = box.getAttribute("data-label");
            if (labelId) {
                box.setAttribute("aria-labelledby", labelId);
            }
        });
    }

    /** Puts the cursor at the end of an editor's text (after a canned response replaced a shortcut). */
    window.mpEditorToEnd = function (name) {
        shortcutAsked = false;
        labelEditors();
        watchEditor();
        var editor = widget(name);
        if (editor && editor.editor) {
            editor.editor.focus();
            editor.editor.setSelection(editor.editor.getLength(), 0);
        }
    };

    var SHORTCUT = /(^|\s)(\/[a-z0-9-]{1,59})[ \u00a0\n]$/;
    var replyingSaid = false;
    var shortcutAsked = false;

    /**
     * In the console's reply editor: a shortcut followed by a space or a new line (/activation-help ) asks the
     * server to put the canned response in its place; the first keystroke tells the other agents someone is writing.
     */
    function watchEditor() {
        var editor = widget("replyEditor");
        if (!editor || !editor.editor || editor.mpWatched) {
            return;
        }
        editor.mpWatched = true;
        editor.editor.on("text-change", function (delta, old, source) {
            if (source !== "user") {
                return;
            }
            if (!replyingSaid && typeof window.mpReplying === "function") {
                replyingSaid = true;
                var replying = document.getElementById("presence:replying");
                if (replying) {
                    replying.value = "true";
                }
                window.mpReplying();
            }
            // once Quill has moved the cursor: the text just before it
            setTimeout(function () {
                var selection = editor.editor.getSelection();
                if (!selection || typeof window.mpInsertShortcut !== "function") {
                    return;
                }
                var before = editor.editor.getText(0, selection.index);
                var found = SHORTCUT.exec(before);
                if (found && !shortcutAsked) {
                    shortcutAsked = true;
                    // the editor's hidden field must hold the text before the server reads it
                    var input = document.getElementById(editor.id + "_input");
                    if (input) {
                        input.value = editor.editor.root.innerHTML;
                    }
                    document.getElementById("reply:shortcut").value = found[2];
                    window.mpInsertShortcut();
                }
            }, 0);
        });
    }

    /** Keyboard shortcuts, listed under "?": not while typing in a field. */
    function keys(event) {
        var target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey || target.isContentEditable
                || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
            return;
        }
        var click = function (id) {
            var element = document.getElementById(id);
            if (element) {
                element.click();
                return true;
            }
            return false;
        };
        var handled = false;
        switch (event.key) {
            case "?":
                var help = document.getElementById("mp-keys");
                if (help) {
                    help.hidden = !help.hidden;
                    handled = true;
                }
                break;
            case "/":
                var search = document.getElementById("filters:q");
                if (search) {
                    search.focus();
                    handled = true;
                }
                break;
            case "r":
                var editor = widget("replyEditor");
                if (editor && editor.editor) {
                    editor.editor.focus();
                    handled = true;
                }
                break;
            case "a":
                handled = click("assign:assign-me");
                break;
            case "d":
                handled = click("reply:draft");
                break;
            case "j":
            case "k":
                var rows = Array.prototype.slice.call(document.querySelectorAll(".mp-queue a.mp-number-link"));
                if (rows.length) {
                    var at = rows.indexOf(document.activeElement);
                    var next = event.key === "j" ? Math.min(at + 1, rows.length - 1) : Math.max(at - 1, 0);
                    rows[next].focus();
                    handled = true;
                }
                break;
            default:
                break;
        }
        if (handled) {
            event.preventDefault();
        }
    }

    /**
     * A rich-text editor's hidden field is not always current when a button posts only part of the form (a
     * preview, an insert): bring every editor of the form up to date before any button's own handler runs.
     */
    function syncEditors(event) {
        var form = event.target && event.target.closest ? event.target.closest("form") : null;
        if (!form) {
            return;
        }
        form.querySelectorAll(".ui-texteditor").forEach(function (box) {
            var area = box.querySelector(".ql-editor");
            var input = document.getElementById(box.id + "_input");
            if (area && input) {
                input.value = area.classList.contains("ql-blank") ? "" : area.innerHTML;
            }
        });
    }

    document.addEventListener("click", syncEditors, true);

    var FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), "
            + "textarea:not([disabled]), [tabindex]:not([tabindex='-1']), .ql-editor";

    /**
     * Tab leaves a rich-text editor as it leaves any other field (Quill would indent instead, and a keyboard user
     * could not get out: a keyboard trap). Shift+Tab goes back to the editor's toolbar.
     */
    function releaseTab(event) {
        if (event.key !== "Tab" || event.ctrlKey || event.altKey || event.metaKey || !event.target.classList
                || !event.target.classList.contains("ql-editor")) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        var all = Array.prototype.slice.call(document.querySelectorAll(FOCUSABLE)).filter(function (element) {
            return element === event.target || element.getClientRects().length > 0
                    || element.closest(".ui-helper-hidden-accessible");
        });
        var next = all[all.indexOf(event.target) + (event.shiftKey ? -1 : 1)];
        if (next) {
            next.focus();
        }
    }

    // in the capture phase, before Quill's own handler on the editor
    document.addEventListener("keydown", releaseTab, true);

    /** A button with data-mp-copy="element id" copies that element's text (the AI summary's Copy). */
    document.addEventListener("click", function (event) {
        var button = event.target && event.target.closest ? event.target.closest("[data-mp-copy]") : null;
        var source = button ? document.getElementById(button.getAttribute("data-mp-copy")) : null;
        if (source && navigator.clipboard) {
            navigator.clipboard.writeText(source.innerText).then(function () {
                button.setAttribute("data-copied", "true");
                var said = document.getElementById(button.getAttribute("data-mp-said"));
                if (said) {
                    said.textContent = "Copied.";
                }
            });
        }
    });

    function ready() {
        labelEditors();
        watchEditor();
        document.addEventListener("keydown", keys);
        if (window.jQuery) {
            // after an ajax update re-renders an editor
            jQuery(document).on("pfAjaxComplete", function () {
                labelEditors();
                watchEditor();
            });
        }
    }

    // after PrimeFaces has built its widgets (they start on document ready, some a little later)
    if (document.readyState === "complete") {
        setTimeout(ready, 50);
    } else {
        window.addEventListener("load", function () {
            setTimeout(ready, 50);
        });
    }
})();

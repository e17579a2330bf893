// A table's edit page works without this script. With it, the sums beside the totals follow the
// figures as they are typed, judged as the server judges them (RunningTotals): exact amounts in 分
// and a blank is not a zero. The sums, their parts and wording, the rounding allowed per summand and
// the notes for blanks come from the page's data attributes, which the server renders from the
// table's definition and its tolerance. Enter in the add-row box adds the row.
(function () {
    'use strict';
    var form = document.getElementById('table-form');
    if (!form) {
        return;
    }
    var FEN_PER_WAN = 1000000;
    var toleranceFen = parseInt(form.getAttribute('data-tolerance-fen'), 10);
    var blankSum = form.getAttribute('data-blank-sum');
    var blankTarget = form.getAttribute('data-blank-target');
    var blankParts = form.getAttribute('data-blank-parts');

    // Integer 分 of a 万元 text, null when blank, NaN when unreadable or negative (the server refuses both).
    function parse(text) {
        var s = '';
        for (var i = 0; i < (text || '').length; i++) {
            var c = text.charAt(i);
            var code = text.charCodeAt(i);
            if (/\s/.test(c)) {
                continue;
            }
            if (code >= 0xFF10 && code <= 0xFF19) {
                c = String.fromCharCode(code - 0xFF10 + 48);
            } else if (c === '，') {
                c = ',';
            } else if (c === '．' || c === '。') {
                c = '.';
            } else if (c === '－' || c === '−') {
                c = '-';
            }
            s += c;
        }
        if (s === '') {
            return null;
        }
        var m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,6}))?$/.exec(s);
        if (!m) {
            return NaN;
        }
        return parseInt(m[1].replace(/,/g, ''), 10) * FEN_PER_WAN + parseInt(((m[2] || '') + '000000').slice(0, 6), 10);
    }

    // 万元 hundredths as displayed: rounded half away from zero.
    function hundredths(fen) {
        var x = fen / 10000;
        return x < 0 ? -Math.round(-x) : Math.round(x);
    }

    function format(fen) {
        var h = hundredths(fen);
        var sign = h < 0 ? '-' : '';
        h = Math.abs(h);
        var whole = String(Math.floor(h / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        var cents = String(h % 100);
        return sign + whole + '.' + (cents.length < 2 ? '0' + cents : cents);
    }

    function gap(computed, entered) {
        var size = Math.abs(computed - entered);
        return hundredths(size) === 0 ? '相差 ' + (size / 100).toFixed(2) + ' 元' : '相差 ' + format(size) + ' 万元';
    }

    function amount(key) {
        var input = form.querySelector('input[data-cell="' + key + '"]');
        var fen = input ? parse(input.value) : null;
        return typeof fen === 'number' && isNaN(fen) ? null : fen;
    }

    function update(sum) {
        var computed = null;
        var summands = 0;
        sum.getAttribute('data-parts').split(' ').forEach(function (part) {
            if (!part) {
                return;
            }
            var subtracted = part.charAt(0) === '-';
            var fen = amount(subtracted ? part.slice(1) : part);
            if (fen !== null) {
                computed = (computed || 0) + (subtracted ? -fen : fen);
                summands++;
            }
        });
        var entered = amount(sum.getAttribute('data-target'));
        var state = 'ok';
        var note = '';
        if (entered === null && computed !== null && computed !== 0) {
            state = 'error';
            note = blankTarget;
        } else if (computed === null && entered !== null && entered !== 0) {
            state = 'error';
            note = blankParts;
        } else if (entered !== null && computed !== null && entered !== computed) {
            // The one tolerance policy: each printed figure, the entered one included, may carry 0.005 万元 of rounding.
            state = Math.abs(entered - computed) <= toleranceFen * (Math.max(1, summands) + 1) ? 'note' : 'error';
            note = '（' + gap(computed, entered) + '）';
        }
        sum.textContent = sum.getAttribute('data-description') + ' ' + (computed === null ? blankSum : format(computed)) + note;
        sum.className = 'sum sum-' + (entered === null && computed === null ? 'empty' : state);
    }

    form.addEventListener('input', function (event) {
        if (event.target && event.target.hasAttribute('data-cell')) {
            Array.prototype.forEach.call(form.querySelectorAll('.sum[data-parts]'), update);
        }
    });

    var newCode = document.getElementById('new-code');
    var add = document.getElementById('add-row');
    if (newCode && add) {
        newCode.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
                add.click();
            }
        });
    }
})();

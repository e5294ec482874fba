import A4PRender

/// The gallery's filter bar, its style and its script. The filters live in the address — `index.html#mission=UNMISS&language=fr`
/// (a `?query` works too) — so a filtered view can be bookmarked or sent, also as a `file://` address. The
/// bar is `hidden` in the HTML and shown by the script: with scripts off, the page is the full list.
enum GalleryFilters {
    /// The four filters, in the bar's order: the key (in the address and the cards' `data-` attributes) and its label.
    static let keys = [("mission", "Mission"), ("language", "Language"), ("priority", "Priority"), ("format", "Format")]

    /// A `<select>` per filter, its choices the values the files carry (English first among languages).
    static func form(files: [ExportedFile], cards: Int) -> String {
        let priorities = files.compactMap { GalleryPage.priority(of: $0, stem: DocumentExport.stem(of: $0.path)) }
        let values: [String: [String]] = [
            "mission": Set(files.compactMap(\.mission)).sorted(),
            "language": Set(files.compactMap(\.language)).sorted { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) },
            "priority": Set(priorities).sorted(),
            "format": Set(files.map(\.format)).sorted(),
        ]
        let selects = keys.map { key, label in
            let options = (values[key] ?? []).map { "<option>\(GalleryPage.escape($0))</option>" }.joined()
            return "<label>\(label) <select name=\"\(key)\"><option value=\"\">all</option>\(options)</select></label>"
        }.joined(separator: "\n")
        return "<form id=\"filters\" hidden>\n\(selects)\n<button type=\"reset\">Show all</button> <output id=\"shown\" aria-live=\"polite\">\(cards) documents</output></form>"
    }

    static let style = """

        body { font-family: "Noto Sans", Arial, sans-serif; color: #1A1A1A; margin: 24px; }
        h1 { font-size: 20px; } h2 { font-size: 14px; text-transform: uppercase; color: #009EDB; border-bottom: 1px solid #D9D9D9; }
        [hidden] { display: none !important; }
        #filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; font-size: 13px; padding: 8px 0; position: sticky; top: 0; background: #FFF; }
        #filters output { color: #5A5A5A; }
        .grid { display: flex; flex-wrap: wrap; gap: 16px; }
        figure { width: 200px; margin: 0; font-size: 11px; }
        figure > a { display: block; margin: 0; }
        figure > a > img { display: block; width: 100%; box-sizing: border-box; border: 1px solid #D9D9D9; }
        figcaption span { color: #5A5A5A; } figcaption small { color: #5A5A5A; } a { color: #0B5F8A; margin-right: 6px; }
        ul.charts { padding: 0; list-style: none; } ul.charts img { width: 100%; }

        """

    /// Shows the bar, reads the filters from the address, hides the cards (and emptied sections) that do
    /// not match, and writes a change back to the address. A card matches a filter when the value is among
    /// its space-separated `data-` values (a card has several formats).
    static let script = """

        (function () {
          var form = document.getElementById('filters');
          var keys = ['mission', 'language', 'priority', 'format'];
          var cards = document.querySelectorAll('figure[data-format]');
          form.hidden = false;
          function fromAddress() {
            var text = location.hash.length > 1 ? location.hash.slice(1) : location.search.slice(1);
            var params = new URLSearchParams(text);
            keys.forEach(function (k) { form.elements[k].value = params.get(k) || ''; });
            apply();
          }
          function apply() {
            var shown = 0;
            cards.forEach(function (card) {
              var ok = keys.every(function (k) {
                var want = form.elements[k].value;
                return !want || (card.getAttribute('data-' + k) || '').split(' ').indexOf(want) >= 0;
              });
              card.hidden = !ok;
              if (ok) { shown += 1; }
            });
            document.querySelectorAll('section').forEach(function (s) {
              s.hidden = !s.querySelector('figure:not([hidden])');
            });
            document.getElementById('shown').textContent = shown + ' of ' + cards.length + ' documents';
          }
          function toAddress() {
            var params = new URLSearchParams();
            keys.forEach(function (k) { if (form.elements[k].value) { params.set(k, form.elements[k].value); } });
            try { history.replaceState(null, '', '#' + params.toString()); } catch (e) { location.hash = params.toString(); }
            apply();
          }
          form.addEventListener('change', toAddress);
          form.addEventListener('reset', function () { setTimeout(toAddress, 0); });
          window.addEventListener('hashchange', fromAddress);
          fromAddress();
        })();

        """
}

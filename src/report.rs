//! The explain report: takes the [`Explain`] record of an extraction and gives
//! a self-contained HTML page that shows, block by block, what was kept (in
//! green) and what was dropped (in red), with the block's features and the
//! rule that decided. A user whose page came out wrong opens it in a browser
//! and sees why.

use crate::article::Explain;
use crate::format::push_escaped;

/// The report's style: kept blocks outlined green, dropped ones red, blocks
/// outside the chosen region dimmed.
const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:1rem auto;\
padding:0 1rem;color:#222}h1{font-size:1.3rem}.summary{background:#f4f4f4;padding:.6rem 1rem;\
border-radius:6px}.b{margin:.5rem 0;padding:.4rem .6rem;border:2px solid;border-radius:4px}\
.keep{border-color:#2a9d4b;background:#f1fbf3}.drop{border-color:#d04040;background:#fdf2f2}\
.out{opacity:.55}.m{font:12px/1.3 ui-monospace,monospace;color:#555;margin-bottom:.2rem}\
.m b{color:#222}.t{white-space:pre-wrap}";

impl Explain {
    /// The decisions as a self-contained HTML page: a summary (blocks kept
    /// and dropped, the region chosen), then every block of the page in
    /// order, outlined green when kept and red when dropped, with its words,
    /// link density, weight and the rule that decided.
    ///
    /// ```
    /// let html = "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>\
    ///     <p>The storm closed the harbour on Tuesday, and the ferries stayed in port \
    ///     until the evening tide, the harbour master said.</p></article></body>";
    /// let options = bodycopy::Options::default().explain(true);
    /// let article = bodycopy::extract_with(html, &options)?;
    /// let report = article.explain.expect("asked for").to_html();
    /// assert!(report.contains("1 kept, 1 dropped"));
    /// # Ok::<(), bodycopy::Error>(())
    /// ```
    pub fn to_html(&self) -> String {
        let kept = self.blocks.iter().filter(|b| b.kept).count();
        let mut out = String::with_capacity(4096 + self.blocks.len() * 256);
        out.push_str("<!doctype html>\n<html><head><meta charset=\"utf-8\">");
        out.push_str("<title>bodycopy: why this page came out as it did</title><style>");
        out.push_str(STYLE);
        out.push_str("</style></head><body>\n<h1>bodycopy explain report</h1>\n");
        out.push_str("<div class=\"summary\"><p><b>");
        out.push_str(&format!(
            "{} blocks: {kept} kept, {} dropped",
            self.blocks.len(),
            self.blocks.len() - kept
        ));
        out.push_str("</b></p><p>Region chosen as the body: <code>");
        push_escaped(&mut out, &self.region);
        out.push_str(
            "</code></p><p>Green: kept. Red: dropped. Dimmed: outside the region. \
             <i>ld</i> is the share of words inside links; <i>td</i> the text \
             density, words per line of the text wrapped at 80 columns; <i>weight</i> the block's \
             evidence for the region around it.</p></div>\n",
        );
        for (i, b) in self.blocks.iter().enumerate() {
            out.push_str("<div class=\"b ");
            out.push_str(if b.kept { "keep" } else { "drop" });
            if !b.in_region {
                out.push_str(" out");
            }
            out.push_str(&format!(
                "\"><div class=\"m\">#{i} <b>{}</b> by rule <b>{}</b> · {} words · \
                 ld {:.2} · td {:.1} · weight {:.1}{}</div><div class=\"t\">",
                if b.kept { "kept" } else { "dropped" },
                b.reason,
                b.words,
                b.link_density,
                b.text_density,
                b.weight,
                if b.in_region {
                    ""
                } else {
                    " · outside region"
                },
            ));
            push_escaped(&mut out, &b.text);
            out.push_str("</div></div>\n");
        }
        out.push_str("</body></html>\n");
        out
    }
}

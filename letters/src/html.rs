//! The letter as one HTML page for the screen and for print (print CSS: A4, the letter's margins,
//! no screen frame). Every element is a paragraph or heading of `Letter::lines`, so its text is
//! the PDF's text.

use crate::Letter;

const STYLE: &str = "body{font-family:Georgia,'Times New Roman',serif;font-size:11pt;line-height:1.45;\
color:#000;max-width:40rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.4rem;margin:0 0 1rem}h2{font-size:1.1rem;margin:1.4rem 0 .4rem}\
p{margin:0 0 .6rem}.header{margin:0}.salutation{margin-top:1.2rem}\
@page{size:A4;margin:2.5cm}\
@media print{body{max-width:none;margin:0;padding:0}h2{break-after:avoid}p{orphans:3;widows:3}}";

/// The letter as a complete HTML document in its language.
pub fn html(letter: &Letter) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    out.push_str(&escape(&letter.language));
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    out.push_str(&escape(&letter.title));
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    element(&mut out, "h1", None, &letter.title);
    for line in &letter.header {
        element(&mut out, "p", Some("header"), line);
    }
    element(&mut out, "p", Some("salutation"), &letter.salutation);
    for block in &letter.blocks {
        out.push_str("<section>\n");
        if let Some(heading) = &block.heading {
            element(&mut out, "h2", None, heading);
        }
        for paragraph in &block.paragraphs {
            let text: Vec<&str> = paragraph.iter().map(|s| s.text.as_str()).collect();
            element(&mut out, "p", None, &text.join(" "));
        }
        out.push_str("</section>\n");
    }
    element(&mut out, "p", Some("closing"), &letter.closing);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn element(out: &mut String, tag: &str, class: Option<&str>, text: &str) {
    out.push('<');
    out.push_str(tag);
    if let Some(class) = class {
        out.push_str(" class=\"");
        out.push_str(class);
        out.push('"');
    }
    out.push('>');
    out.push_str(&escape(text));
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

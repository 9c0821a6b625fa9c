//! The letter as a tagged PDF/UA-1 document, laid out by typst in this process: the fonts are
//! typst-assets' embedded ones (Libertinus Serif, SIL Open Font License), so no external
//! program, font or download is needed. The letter's text goes into the typst source as string
//! literals, never as markup, so nothing in a letter is read as a typst instruction.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::layout::PagedDocument;
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::{Letter, LetterError};

/// The letter as PDF bytes: tagged, PDF/UA-1, with the letter's language and title.
pub fn pdf(letter: &Letter) -> Result<Vec<u8>, LetterError> {
    let world = LetterWorld { source: Source::detached(source(letter)) };
    let document: PagedDocument = typst::compile(&world).output.map_err(|errors| {
        LetterError::Pdf(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "))
    })?;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| LetterError::Pdf(e.to_string()))?;
    let options = PdfOptions { ident: Smart::Auto, timestamp: None, page_ranges: None, standards, tagged: true };
    let bytes = typst_pdf::pdf(&document, &options).map_err(|errors| {
        LetterError::Pdf(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "))
    });
    // typst memoizes layouts across compilations; letters are all different, so keep the cache small.
    typst::comemo::evict(2);
    bytes
}

/// The typst source of a letter: settings, then every line of `Letter::lines` as a heading or a
/// paragraph, each a string literal.
fn source(letter: &Letter) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(&format!("#set document(title: {})\n", literal(&letter.title)));
    out.push_str(&format!(
        "#set text(lang: {}, font: \"Libertinus Serif\", size: 11pt, hyphenate: false)\n",
        literal(&letter.language)
    ));
    out.push_str("#set page(paper: \"a4\", margin: 2.5cm)\n#set par(justify: false, spacing: 0.9em)\n");
    out.push_str("#show heading.where(level: 1): set text(size: 16pt)\n#show heading.where(level: 2): set text(size: 12.5pt)\n\n");
    out.push_str(&format!("#heading(level: 1, {})\n\n", literal(&letter.title)));
    for line in &letter.header {
        out.push_str(&format!("#{}\n\n", literal(line)));
    }
    out.push_str(&format!("#v(0.6em)\n#{}\n\n", literal(&letter.salutation)));
    for block in &letter.blocks {
        if let Some(heading) = &block.heading {
            out.push_str(&format!("#heading(level: 2, {})\n\n", literal(heading)));
        }
        for paragraph in &block.paragraphs {
            let text: Vec<&str> = paragraph.iter().map(|s| s.text.as_str()).collect();
            out.push_str(&words(&text.join(" ")));
            out.push_str("\n\n");
        }
    }
    out.push_str(&format!("#v(0.6em)\n#{}\n", literal(&letter.closing)));
    out
}

/// A paragraph as typst markup: its words as string literals, one space apart, a word with a
/// hyphen in a box. A line break after a hyphen ("WIA-/voorschotten") would read back as
/// "WIAvoorschotten" (text extraction joins a line-end hyphen), so such words stay whole.
fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut plain = String::new();
    for word in text.split(' ') {
        if word.contains('-') {
            if !plain.is_empty() {
                out.push_str(&format!("#{} ", literal(&plain)));
                plain.clear();
            }
            out.push_str(&format!("#box({}) ", literal(word)));
        } else {
            plain.push_str(word);
            plain.push(' ');
        }
    }
    if !plain.is_empty() {
        out.push_str(&format!("#{}", literal(plain.trim_end())));
    }
    out.trim_end().to_owned()
}

/// A typst string literal.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts().flat_map(|data| Font::iter(Bytes::new(data))).collect();
        Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// One letter's world: its source, the embedded fonts, no files, no packages, no clock.
struct LetterWorld {
    source: Source,
}

impl World for LetterWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().book
    }

    fn main(&self) -> FileId {
        self.source.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::NotFound(id.vpath().as_rootless_path().to_owned()))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        Err(FileError::NotFound(id.vpath().as_rootless_path().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<i64>) -> Option<Datetime> {
        None
    }
}
